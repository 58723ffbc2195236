/**
 * A synthetic 2,000-control page for timing: DSFR-like groups with label[for], hints, fieldsets with split
 * dates, radio groups, selects and unlabeled inputs, with unique ids/names per run (so caches keyed on text
 * only help with labels, as on a real page).
 */
const LABELS = [
  'Nom de naissance', 'Prénom(s)', 'Adresse électronique', 'Numéro de téléphone', 'Code postal', 'Commune',
  'Numéro de sécurité sociale', 'IBAN', 'Mot de passe', 'Montant de vos revenus', 'Nombre d’enfants à charge',
  'Taux d’incapacité', 'Nationalité', 'Rechercher', 'Code promo', 'Quantité', 'Numéro et libellé de la voie',
  'Identifiant', 'Numéro fiscal', 'Votre message',
];

export function buildSyntheticPage(controls: number, seed: number): string {
  const parts: string[] = ['<!doctype html><html><body><form>'];
  let made = 0;
  for (let i = 0; made < controls; i++) {
    const id = `f${seed}_${i}`;
    const kind = i % 6;
    const label = LABELS[i % LABELS.length] as string;
    if (kind === 0 && made + 3 <= controls) {
      parts.push(`<fieldset><legend>Date de naissance</legend><div>` +
        `<input id="${id}d" name="jour_${id}" maxlength="2"><input id="${id}m" name="mois_${id}" maxlength="2">` +
        `<input id="${id}y" name="annee_${id}" maxlength="4"></div></fieldset>`);
      made += 3;
    } else if (kind === 1 && made + 2 <= controls) {
      parts.push(`<fieldset><legend>Situation familiale</legend>` +
        `<input type="radio" name="sit_${id}" id="${id}a"><label for="${id}a">Marié(e)</label>` +
        `<input type="radio" name="sit_${id}" id="${id}b"><label for="${id}b">Célibataire</label></fieldset>`);
      made += 2;
    } else if (kind === 2) {
      parts.push(`<div class="fr-select-group"><label class="fr-label" for="${id}">${label}</label>` +
        `<select class="fr-select" id="${id}" name="s_${id}"><option value="">Choisir</option><option>Oui</option><option>Non</option></select></div>`);
      made += 1;
    } else if (kind === 3) {
      parts.push(`<table><tr><td>${label}</td><td><input type="text" name="t_${id}"></td></tr></table>`);
      made += 1;
    } else {
      parts.push(`<div class="fr-input-group"><label class="fr-label" for="${id}">${label}` +
        `<span class="fr-hint-text">Exemple : texte d’aide ${i}</span></label>` +
        `<input class="fr-input" type="text" id="${id}" name="field_${id}" aria-describedby="${id}-desc">` +
        `<p id="${id}-desc" class="fr-message">Message ${i}</p></div>`);
      made += 1;
    }
  }
  parts.push('</form></body></html>');
  return parts.join('');
}

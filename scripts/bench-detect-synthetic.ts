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

/**
 * Run directly (`npx tsx scripts/bench-detect-synthetic.ts`) to time the page in jsdom: classifyAll on a fresh
 * page (new ids and names, cold per-string caches for them), the same page again (warm), and one
 * classifyField at focus time on a 2,000-control page (cold = first call on a fresh page, warm = another field).
 */
async function main(): Promise<void> {
  const { JSDOM } = await import('jsdom');
  const { classifyAll, classifyField } = await import('../lib/detect/classify');
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const fresh: number[] = [];
  const repeat: number[] = [];
  const singleCold: number[] = [];
  const singleWarm: number[] = [];
  for (let run = 0; run < 9; run++) {
    const { window } = new JSDOM(buildSyntheticPage(2000, 100 + run));
    const { document } = window;
    const controls = [...document.querySelectorAll('input, select, textarea')];
    let start = performance.now();
    classifyField(controls[1500 + run] as Element);
    singleCold.push(performance.now() - start);
    start = performance.now();
    for (let i = 0; i < 20; i++) classifyField(controls[100 + i * 50] as Element);
    singleWarm.push((performance.now() - start) / 20);
    start = performance.now();
    classifyAll(document);
    fresh.push(performance.now() - start);
    start = performance.now();
    classifyAll(document);
    repeat.push(performance.now() - start);
    window.close();
  }
  const f = (xs: number[]) => `${median(xs).toFixed(2)} ms [${xs.map((x) => x.toFixed(1)).join(', ')}]`;
  console.log(`jsdom, 2,000-control page, classifyAll fresh: ${f(fresh)}`);
  console.log(`jsdom, 2,000-control page, classifyAll repeat: ${f(repeat)}`);
  console.log(`jsdom, classifyField one field, first call on the page: ${f(singleCold)}`);
  console.log(`jsdom, classifyField one field, later calls: ${f(singleWarm)}`);
  console.log(JSON.stringify({ freshMs: median(fresh), repeatMs: median(repeat), singleColdMs: median(singleCold), singleWarmMs: median(singleWarm) }));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() as string)) void main();

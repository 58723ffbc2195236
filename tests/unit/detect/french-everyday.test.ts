// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { categoryOf, mount } from '../helpers/detect-form';

/**
 * General French-form gaps found with the second blind held-out set (tests/fixtures/forms-heldout-2): wording and
 * markup patterns of French administrative and everyday sites (housing, energy, booking, student grants), not
 * copies of one page.
 */
describe('French wording of situation, health and identifiers', () => {
  it('reads "en situation de handicap" as health, even in a housing fieldset about the household', () => {
    mount(`<fieldset><legend>Votre logement actuel</legend>
      <label for="h">Une personne du ménage est-elle en situation de handicap ?</label>
      <select id="h" name="menage.handicap"><option>Oui</option><option>Non</option></select></fieldset>`);
    expect(categoryOf('#h')).toBe('health');
  });

  it('reads the employer\'s "raison sociale" as the employment, not as a company field', () => {
    mount(`<fieldset><legend>Ma situation professionnelle</legend>
      <label for="e">Raison sociale de l'employeur</label><input id="e" name="employeur"></fieldset>
      <label for="s">Raison sociale</label><input id="s" name="societe">`);
    expect(categoryOf('#e')).toBe('situation');
    expect(categoryOf('#s')).toBe('none');
  });

  it('reads housing and activity questions: move-in date, occupants, activity, status', () => {
    mount(`<label for="d">Date d'emménagement</label><input type="date" id="d" name="dateEmmenagement">
      <label for="n">Nombre d'occupants</label><input type="number" id="n" name="nbOccupants">
      <label for="a">Activité exercée</label><input id="a" name="activite">
      <label for="s">Ton statut</label><select id="s"><option>Lycéen</option><option>Apprenti</option></select>
      <table><tr><td>Exercez-vous actuellement une activité ?</td><td>
        <select id="x" name="activiteActuelle"><option>--</option><option>Oui, salariée</option><option>Non</option></select></td></tr></table>`);
    expect(['#d', '#n', '#a', '#s', '#x'].map(categoryOf)).toEqual(['situation', 'situation', 'situation', 'situation', 'situation']);
  });

  it('reads "Chez" (c/o) as part of the address, beside the word hébergement', () => {
    mount(`<fieldset><legend>Mon adresse en France</legend>
      <label for="c">Chez (hébergement)</label><input id="c" name="chez"></fieldset>`);
    expect(categoryOf('#c')).toBe('postal_address');
  });

  it('reads the consultation motive and notes for the practitioner as health', () => {
    mount(`<select id="m" aria-label="Motif de consultation" name="motive"><option>Choisissez un motif</option>
        <option>Consultation de suivi</option><option>Vaccination</option></select>
      <label for="t">Informations à transmettre au praticien</label>
      <textarea id="t" name="note_to_practitioner" placeholder="Symptômes, traitements en cours…"></textarea>`);
    expect(categoryOf('#m')).toBe('health');
    expect(categoryOf('#t')).toBe('health');
  });

  it('reads the INE (identifiant national étudiant) as a national number, not a login', () => {
    mount(`<label for="i">INE (identifiant national étudiant)</label><input id="i" name="dse[etudiant][ine]" maxlength="11">`);
    expect(categoryOf('#i')).toBe('national_id');
  });

  it('reads the direct-debit day as a payment setting, not a birth day', () => {
    mount(`<label for="j">Jour de prélèvement</label><select id="j" name="jourPrelevement"><option>5</option><option>10</option></select>`);
    expect(categoryOf('#j')).toBe('none');
  });
});

describe('French markup habits', () => {
  it('reads only the last bracketed part of a PHP/Symfony name: "dse[etudiant][lieuNaissance]" is a birth place', () => {
    mount(`<div class="form-group"><label for="l">à</label>
      <input id="dse_etudiant_lieuNaissance" name="dse[etudiant][lieuNaissance]"></div>
      <input id="x" name="enfant[prenom][0]">`);
    expect(categoryOf('#dse_etudiant_lieuNaissance')).toBe('birth');
    expect(categoryOf('#x')).toBe('identity_name');
  });

  it("reads a free-text box about one's situation as a description of it (other_personal)", () => {
    mount(`<fieldset><legend>Le logement que vous recherchez</legend>
      <label for="c">Informations complémentaires sur votre situation</label>
      <textarea id="c" name="commentaire"></textarea>
      <label for="l">Montant du loyer</label><input id="l" name="loyer"></fieldset>`);
    expect(categoryOf('#c')).toBe('other_personal');
    expect(categoryOf('#l')).toBe('situation');
  });
});

describe('what a date picker can hold', () => {
  it('reads a type=date box as a document date or a situation, never a card expiry or an address', () => {
    mount(`<fieldset><legend>Mon passeport</legend>
        <label for="n">Numéro</label><input id="n">
        <label for="e">Date d'expiration</label><input type="date" id="e" name="dateExpirationPasseport"></fieldset>
      <label for="c">Date d'expiration</label><input id="c" name="expiry" placeholder="MM/AA">`);
    expect(categoryOf('#e')).toBe('national_id');
    expect(categoryOf('#c')).toBe('bank');
  });
});

describe('bank, diet and housing-date wording', () => {
  it('reads the account to debit as bank, a transfer nickname (libellé) as none, the diet as other_personal', () => {
    mount(`<label for="d">Compte à débiter</label>
      <select id="d" name="compteDebit"><option>Compte chèques n° •••• 4521</option><option>Livret A n° •••• 0872</option></select>
      <table><tr><th>Libellé (facultatif)</th><td><input id="l" name="beneficiaire.libelle" placeholder="ex : Loyer, Maman…"></td></tr></table>
      <label for="r">Régime alimentaire</label>
      <select id="r" name="f18"><option>Standard</option><option>Sans porc</option><option>Sans viande</option></select>
      <fieldset><legend>Mon adresse en France</legend>
        <label for="a">Adresse</label><input id="a"><label for="s">Depuis le</label><input type="date" id="s"></fieldset>`);
    expect(['#d', '#l', '#r', '#a', '#s'].map(categoryOf)).toEqual(['bank', 'none', 'other_personal', 'postal_address', 'situation']);
  });
});

describe('the numero sign', () => {
  it('reads « N° » / « Nº » as « numéro »: N° fiscal, N° de compte, Nº client, N° de permis', () => {
    mount(`<label for="f">N° fiscal</label><input id="f" name="champ1">
      <label for="c">N° de compte</label><input id="c" name="champ2">
      <label for="p">N° de permis</label><input id="p" name="champ3">
      <label for="a">N° allocataire</label><input id="a" name="champ4">
      <label for="t">N° de téléphone</label><input id="t" name="champ5">`);
    expect(['#f', '#c', '#p', '#a', '#t'].map(categoryOf)).toEqual(['national_id', 'bank', 'national_id', 'national_id', 'phone']);
  });
});

describe('more French identifiers and negatives', () => {
  it('reads numéro INSEE, assuré social, CSP, France Travail; « Recopiez le code » is a captcha', () => {
    mount(`<label for="i">Numéro INSEE</label><input id="i" name="champ1">
      <label for="a">Numéro d'assuré social</label><input id="a" name="champ2">
      <label for="c">Catégorie socioprofessionnelle</label><select id="c" name="champ3"><option>Employé</option></select>
      <label for="f">Êtes-vous inscrit à France Travail ?</label><select id="f" name="champ4"><option>Oui</option><option>Non</option></select>
      <label for="k">Recopiez le code de l'image</label><input id="k" name="champ5">
      <label for="e">Recopiez votre adresse e-mail</label><input id="e" type="email" name="emailConfirm">`);
    expect(['#i', '#a', '#c', '#f', '#k', '#e'].map(categoryOf)).toEqual(['national_id', 'national_id', 'situation', 'situation', 'none', 'email']);
  });
});

describe('public-service login numbers', () => {
  it('keeps NIR, numéro fiscal and identifiant France Travail national numbers in a login form', () => {
    const login = (label: string) => `<form><label for="x">${label}</label><input id="x" name="login">
      <label for="p">Mot de passe</label><input type="password" id="p" name="pwd"><button>Se connecter</button></form>`;
    const results = ['Numéro de sécurité sociale', 'Numéro fiscal', 'Identifiant France Travail', 'Identifiant'].map((label) => {
      mount(login(label));
      return categoryOf('#x');
    });
    expect(results).toEqual(['national_id', 'national_id', 'national_id', 'credentials']);
  });
});

describe('tables of boxes', () => {
  it('names the boxes of a household table by their column header, the first column included', () => {
    mount(`<form><table><tr><th>Nom</th><th>Prénom</th><th>Date de naissance</th></tr>
      <tr><td><input id="a1" name="enf_1_a"></td><td><input id="b1" name="enf_1_b"></td><td><input id="c1" name="enf_1_c"></td></tr>
      <tr><td><input id="a2" name="enf_2_a"></td><td><input id="b2" name="enf_2_b"></td><td><input id="c2" name="enf_2_c"></td></tr></table></form>`);
    expect(['#a1', '#b1', '#c1', '#a2', '#b2', '#c2'].map(categoryOf)).toEqual([
      'identity_name', 'identity_name', 'birth', 'identity_name', 'identity_name', 'birth',
    ]);
  });

  it('names the later boxes of a row by the row header <th>, and keeps the label cell of a layout table', () => {
    mount(`<form><table><thead><tr><th></th><th>Octobre</th><th>Novembre</th></tr></thead>
      <tbody><tr><th>Salaires</th><td><input id="s1"></td><td><input id="s2"></td></tr></tbody></table>
      <table><tr><td>Ville</td><td><input id="v"></td></tr></table></form>`);
    expect(['#s1', '#s2', '#v'].map(categoryOf)).toEqual(['situation', 'situation', 'postal_address']);
  });
});

describe('leave, credit and medical history', () => {
  it('reads congé maternité and antécédents as health; congé parental, cessation d\'activité, crédits en cours as situation', () => {
    mount(`<label for="m">Congé maternité</label><input id="m" name="c1">
      <label for="a">Antécédents médicaux</label><textarea id="a" name="c2"></textarea>
      <label for="p">Êtes-vous en congé parental ?</label><select id="p" name="c3"><option>Oui</option><option>Non</option></select>
      <label for="c">Date de cessation d'activité</label><input id="c" name="c4">
      <label for="k">Crédits en cours</label><input id="k" name="c5">`);
    expect(['#m', '#a', '#p', '#c', '#k'].map(categoryOf)).toEqual(['health', 'health', 'situation', 'situation', 'situation']);
  });
});

describe('unlabelled boxes named by their identifiers or placeholders', () => {
  it('reads nomNaissance as a name, dateDelivrance as a document date, libelleVoie as the street, « N° et nom de rue » as the street', () => {
    mount(`<div><input id="a" name="nomNaissance"></div><div><input id="b" name="dateDelivrance"></div>
      <div><input id="c" name="libelleVoie"></div><div><input id="d" placeholder="N° et nom de rue"></div>`);
    expect(['#a', '#b', '#c', '#d'].map(categoryOf)).toEqual(['identity_name', 'national_id', 'postal_address', 'postal_address']);
  });
});

describe('section titles of forms without fieldsets', () => {
  it('lets the heading before a labelled box tip its category, never make it personal on its own', () => {
    mount(`<form><h2>Vos ressources des trois derniers mois</h2>
        <label for="ij">Indemnités journalières (maladie, maternité)</label><input id="ij" name="c1">
      <h2>Votre logement</h2>
        <label for="p">Puissance souscrite</label><select id="p" name="c2"><option>6 kVA</option></select>
      <h2>Votre passeport</h2>
        <label for="n">Numéro</label><input id="n" name="c3"></form>`);
    expect(['#ij', '#p', '#n'].map(categoryOf)).toEqual(['situation', 'none', 'none']);
  });
});

describe('delivery and payment pages', () => {
  it('reads the digicode as part of the address and the amount to pay or give as no personal data', () => {
    mount(`<label for="d">Digicode</label><input id="d" name="c1">
      <label for="m">Montant à payer</label><input id="m" name="c2">
      <label for="r">Revenus nets mensuels</label><input id="r" name="c3">`);
    expect(['#d', '#m', '#r'].map(categoryOf)).toEqual(['postal_address', 'none', 'situation']);
  });
});

describe('sick leave and grants', () => {
  it('reads any mention of « arrêt » (de travail, maladie, premier jour de l\'arrêt) as health, « boursier » as situation', () => {
    mount(`<label for="a">Date du premier jour de l'arrêt</label><input id="a" name="c1" placeholder="jj/mm/aaaa">
      <label for="m">Motif de l'arrêt</label><select id="m" name="c2"><option>Maladie</option><option>Maternité</option></select>
      <label for="t">Êtes-vous en arrêt de travail ?</label><select id="t" name="c3"><option>Oui</option><option>Non</option></select>
      <label for="b">Êtes-vous boursier du lycée ?</label><select id="b" name="c4"><option>Oui</option><option>Non</option></select>`);
    expect(['#a', '#m', '#t', '#b'].map(categoryOf)).toEqual(['health', 'health', 'health', 'situation']);
  });
});

describe("a relative's contact details", () => {
  it("reads « Téléphone du conjoint », « Courriel du conjoint », « Sexe de l'enfant » as phone, e-mail, sex", () => {
    mount(`<label for="t">Téléphone du conjoint</label><input id="t" name="c1">
      <label for="c">Courriel du conjoint</label><input id="c" name="c2">
      <label for="s">Sexe de l'enfant</label><select id="s" name="c3"><option>Fille</option><option>Garçon</option></select>
      <label for="d">Date de naissance du 1er enfant</label><input id="d" name="c4">
      <label for="n">Nombre d'enfants</label><input id="n" name="c5">
      <label for="r">Revenus du conjoint</label><input id="r" name="c6">`);
    expect(['#t', '#c', '#s', '#d', '#n', '#r'].map(categoryOf)).toEqual(['phone', 'email', 'other_personal', 'birth', 'situation', 'situation']);
  });
});

describe('codes that are no secret', () => {
  it("reads the ANTS photo-signature code as none, and « Code INSEE » of a commune as no national number", () => {
    mount(`<label for="p">Code de la photo-signature numérique (ePhoto)</label><input id="p" name="codePhoto">
      <label for="i">Code INSEE de la commune</label><input id="i" name="c2">
      <label for="n">Numéro INSEE</label><input id="n" name="c3">`);
    expect(categoryOf('#p')).toBe('none');
    expect(categoryOf('#i')).not.toBe('national_id');
    expect(categoryOf('#n')).toBe('national_id');
  });
});

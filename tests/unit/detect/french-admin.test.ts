// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../lib/detect';
import { categoryOf, element, mount } from '../helpers/detect-form';

/**
 * General French-form gaps found with the blind held-out pages (tests/fixtures/forms-heldout): each case is a
 * wording or markup pattern of French administrative sites, not a copy of one page.
 */
describe('markup of French public-service sites', () => {
  it('reads only the last part of ASP.NET WebForms names: "ContentPlaceHolder" is no card holder', () => {
    mount(`<form><table>
      <tr><td>N°</td><td><input name="ctl00$ContentPlaceHolder1$txtNumVoie" id="ctl00_ContentPlaceHolder1_txtNumVoie" maxlength="4"></td>
          <td>Voie</td><td><input name="ctl00$ContentPlaceHolder1$txtLibVoie" id="ctl00_ContentPlaceHolder1_txtLibVoie"></td></tr>
      <tr><td>Date de fin de votre dernier contrat</td>
          <td><input name="ctl00$ContentPlaceHolder1$txtDateFin" id="ctl00_ContentPlaceHolder1_txtDateFin" maxlength="10" placeholder="JJ/MM/AAAA"></td></tr>
      <tr><td>Commentaire</td><td><input name="ctl00$ContentPlaceHolder1$txtZone" id="ctl00_ContentPlaceHolder1_txtZone"></td></tr>
    </table></form>`);
    expect(categoryOf('#ctl00_ContentPlaceHolder1_txtNumVoie')).toBe('postal_address');
    expect(categoryOf('#ctl00_ContentPlaceHolder1_txtDateFin')).toBe('situation');
    expect(classifyField(element('#ctl00_ContentPlaceHolder1_txtZone')).signals.join(' ')).not.toContain('holder');
  });

  it('takes the question in the cell before a yes/no radio group as its legend, for every button', () => {
    mount(`<form><table>
      <tr><td>Avez-vous travaillé ?</td><td>
        <span><input type="radio" id="t0" name="ctl00$Main$rblTravail" value="O"><label for="t0">Oui</label></span>
        <span><input type="radio" id="t1" name="ctl00$Main$rblTravail" value="N"><label for="t1">Non</label></span></td></tr>
      <tr><td>Avez-vous été en arrêt maladie ?</td><td>
        <span><input type="radio" id="m0" name="rblMaladie" value="O"><label for="m0">Oui</label></span>
        <span><input type="radio" id="m1" name="rblMaladie" value="N"><label for="m1">Non</label></span></td></tr>
    </table></form>`);
    expect(['#t0', '#t1'].map(categoryOf)).toEqual(['situation', 'situation']);
    expect(['#m0', '#m1'].map(categoryOf)).toEqual(['health', 'health']);
  });

  it('uses the aria-labelledby of a fieldset or role="group" without <legend> as the legend', () => {
    mount(`<fieldset aria-labelledby="q1"><p id="q1">Vivez-vous en couple ?</p>
        <input type="radio" id="a" name="g1"><label for="a">Oui</label>
        <input type="radio" id="b" name="g1"><label for="b">Non</label></fieldset>
      <div role="group" aria-labelledby="q2"><span id="q2">Numéro de sécurité sociale</span>
        <input id="nir" maxlength="13"><input id="cle" aria-label="Clé" maxlength="2"></div>`);
    expect(['#a', '#b'].map(categoryOf)).toEqual(['situation', 'situation']);
    expect(categoryOf('#cle')).toBe('national_id');
  });

  it('reads a checkbox that mentions e-mail or SMS as an opt-in, not as an e-mail box', () => {
    mount(`<input type="checkbox" id="o" name="optinCourriel"><label for="o">Je souhaite être informé par courriel</label>
      <label for="c">Courriel</label><input id="c" name="courriel">`);
    expect(categoryOf('#o')).toBe('none');
    expect(categoryOf('#c')).toBe('email');
  });

  it('drops plural markers such as "Prénom(s)" before matching phrases', () => {
    mount(`<fieldset><legend>Enfant né ou adopté</legend>
      <label for="p">Prénom(s) de l'enfant</label><input id="p" name="enfant.prenoms"></fieldset>`);
    expect(categoryOf('#p')).toBe('identity_name');
  });
});

describe('French administrative vocabulary', () => {
  it('keeps the name and birth date of a spouse or child as name and birth, not family situation', () => {
    mount(`<label for="a">Nom de l'enfant</label><input id="a" name="enfant.nom">
      <label for="b">Date de naissance du conjoint</label><input id="b">
      <input id="c" name="prenomConjoint">
      <label for="d">Nombre d'enfants à charge</label><input id="d" type="number">`);
    expect(['#a', '#b', '#c', '#d'].map(categoryOf)).toEqual(['identity_name', 'birth', 'identity_name', 'situation']);
  });

  it('reads family links, family events and their dates as situation, even in Jour/Mois/Année boxes', () => {
    mount(`<label for="l">Lien de parenté</label><select id="l"><option>Fils</option><option>Fille</option></select>
      <input type="radio" id="m" name="evt"><label for="m">Mariage ou Pacs</label>
      <fieldset><legend>Date du mariage ou de la conclusion du Pacs</legend>
        <div><label for="j">Jour</label><input id="j" name="jour" maxlength="2"></div>
        <div><label for="mo">Mois</label><input id="mo" name="mois" maxlength="2"></div></fieldset>
      <fieldset><legend>Date de naissance</legend>
        <div><label for="jn">Jour</label><input id="jn" name="jourNaissance" maxlength="2"></div></fieldset>`);
    expect(['#l', '#m', '#j', '#mo', '#jn'].map(categoryOf)).toEqual(['situation', 'situation', 'situation', 'situation', 'birth']);
  });

  it('reads identity-document wording: former title number and issue date', () => {
    mount(`<label for="n">Numéro de l'ancien titre</label><input id="n" maxlength="12">
      <label for="d">Date de délivrance</label><input id="d" type="date">
      <label for="t">Numéro du titre de transport</label><input id="t">`);
    expect(['#n', '#d', '#t'].map(categoryOf)).toEqual(['national_id', 'national_id', 'none']);
  });

  it('keeps "Numéro allocataire" a national number right before the password; a bare "Identifiant" is the login', () => {
    mount(`<form><label for="a">Numéro allocataire</label><input id="a" maxlength="7">
        <label for="p">Mot de passe</label><input type="password" id="p"><button>Me connecter</button></form>
      <form><label for="i">Identifiant</label><input id="i" maxlength="8">
        <input type="password" id="p2"><button>Valider</button></form>`);
    expect(categoryOf('#a')).toBe('national_id');
    expect(categoryOf('#i')).toBe('credentials');
  });

  it('reads education level and diploma as situation (a "CAP" option is no Italian postal code)', () => {
    mount(`<label for="n">Niveau de formation</label><select id="n"><option>Aucun diplôme</option><option>CAP, BEP</option><option>Bac</option></select>
      <label for="d">Dernier diplôme obtenu</label><input id="d">`);
    expect(['#n', '#d'].map(categoryOf)).toEqual(['situation', 'situation']);
  });

  it('reads "Indice de répétition" (bis, ter) as part of the address', () => {
    mount(`<label for="i">Indice de répétition</label><select id="i"><option></option><option>bis</option><option>ter</option></select>`);
    expect(categoryOf('#i')).toBe('postal_address');
  });

  it('reads sick-leave dates as health', () => {
    mount(`<label for="d">Date de début de l'arrêt</label><input id="d" placeholder="JJ/MM/AAAA">
      <label for="f">Date de fin de l'arrêt</label><input id="f">`);
    expect(['#d', '#f'].map(categoryOf)).toEqual(['health', 'health']);
  });

  it('reads free-text expectations and situation details as other_personal', () => {
    mount(`<label for="a">Expression de vos attentes et de vos besoins</label><textarea id="a"></textarea>
      <label for="b">Précisions sur votre situation (facultatif)</label><textarea id="b"></textarea>`);
    expect(['#a', '#b'].map(categoryOf)).toEqual(['other_personal', 'other_personal']);
  });

  it('reads "Vous êtes français(e) : par déclaration…" as nationality', () => {
    mount(`<fieldset><legend>Vous êtes français(e)</legend>
      <input type="radio" id="d" name="acquisition"><label for="d">par déclaration ou naturalisation</label></fieldset>`);
    expect(categoryOf('#d')).toBe('other_personal');
  });

  it('treats referral codes and "J\'autorise…" mandate checkboxes as none', () => {
    mount(`<label for="c">Code parrainage</label><input id="c" name="codeParrain">
      <input type="checkbox" id="s" name="mandat"><label for="s">J'autorise la mutuelle à envoyer des instructions à ma banque</label>`);
    expect(categoryOf('#c')).toBe('none');
    expect(categoryOf('#s')).toBe('none');
  });

  // third blind set (tests/fixtures/forms-heldout-3), rewritten as general cases
  it('names the boxes of a tax-form row by the text cell that starts the row, past the box codes (1AJ, 1BJ)', () => {
    mount(`<table><tr><td>1 - Traitements, salaires</td><td>Déclarant 1</td><td>Déclarant 2</td></tr>
      <tr><td class="libelle">Revenus d'activité déclarés automatiquement</td>
      <td>1AJ <input name="1AJ" id="a" size="9"></td><td>1BJ <input name="1BJ" id="b" size="9"></td></tr>
      <tr><td class="libelle">Frais réels</td><td>1AK <input name="1AK" id="c" size="9"></td><td></td></tr></table>`);
    expect(['#a', '#b', '#c'].map(categoryOf)).toEqual(['situation', 'situation', 'situation']);
  });

  it('does not name an unlabelled box by a row-start cell that holds another control', () => {
    mount(`<table><tr><td><input type="checkbox" id="k"> Envoyer</td><td><input id="x"></td></tr></table>`);
    expect(categoryOf('#x')).toBe('none');
  });

  it('reads the elector number and the driving-licence file number (NEPH) as national identifiers', () => {
    mount(`<label for="e">Numéro national d'électeur</label><input id="e" inputmode="numeric">
      <fieldset><legend>Mon permis de conduire</legend>
      <label for="n">Numéro de dossier (NEPH) <span class="fr-hint-text">12 chiffres</span></label><input id="n" name="neph"></fieldset>`);
    expect(['#e', '#n'].map(categoryOf)).toEqual(['national_id', 'national_id']);
  });

  it('reads a hospital stay and injuries as health', () => {
    mount(`<fieldset><legend>Avez-vous été hospitalisé(e) ?</legend>
      <input type="radio" id="o" name="h" value="oui"><label for="o">Oui</label>
      <input type="radio" id="n" name="h" value="non"><label for="n">Non</label></fieldset>
      <label for="b">Nature des blessures</label><textarea id="b"></textarea>`);
    expect(['#o', '#n', '#b'].map(categoryOf)).toEqual(['health', 'health', 'health']);
  });

  it('keeps an e-mail « pour le suivi de la demande » an e-mail, and a displayed code to copy a captcha', () => {
    mount(`<label for="m">Courriel (pour le suivi de la demande)</label><input id="m">
      <img alt="Code de vérification"><label for="c">Saisissez le code affiché</label><input id="c" autocomplete="off">`);
    expect(categoryOf('#m')).toBe('email');
    expect(categoryOf('#c')).toBe('none');
  });

  it('reads the reference tax income « (dernier avis d’imposition) » as situation, and an unknown father as filiation', () => {
    mount(`<label for="r">Revenu fiscal de référence (dernier avis d'imposition)</label><input id="r" class="montant">
      <input type="checkbox" id="p"><label for="p">Filiation paternelle non établie (père inconnu)</label>`);
    expect(['#r', '#p'].map(categoryOf)).toEqual(['situation', 'situation']);
  });

  // fourth blind set (tests/fixtures/forms-heldout-4), rewritten as general cases
  it('reads « Pays », « Département », « Commune » under « Lieu de naissance » (or named `paysNaiss…`) as the place of birth', () => {
    mount(`<fieldset><legend>Lieu de naissance</legend>
      <label for="p">Pays</label><select id="p" name="paysNaissance"><option>France</option><option>Maroc</option></select>
      <label for="c">Commune</label><input id="c" name="communeNaissance"></fieldset>
      <table><tr><td>Pays</td><td><select name="paysNaissCond" id="q"><option>FRANCE</option><option>BELGIQUE</option></select></td></tr></table>
      <fieldset><legend>Votre adresse</legend><label for="a">Commune</label><input id="a" name="commune"></fieldset>`);
    expect(['#p', '#c', '#q', '#a'].map(categoryOf)).toEqual(['birth', 'birth', 'birth', 'postal_address']);
  });

  it('reads a day/month/year of a recent event (years 2026, 2025) as no card expiry', () => {
    const year = new Date().getFullYear();
    mount(`<table><tr><td>Date de l'infraction</td><td>
      <select name="dateInfMois" id="m"><option value="">--</option><option>01</option><option>12</option></select>
      <select name="dateInfAnnee" id="y"><option value="">----</option><option>${year}</option><option>${year - 1}</option></select></td></tr></table>
      <label for="e">Année d'expiration</label><select id="e"><option>${year}</option><option>${year + 1}</option><option>${year + 2}</option></select>`);
    expect(['#m', '#y'].map(categoryOf)).toEqual(['none', 'none']);
    expect(categoryOf('#e')).toBe('bank');
  });

  it('reads a checkbox or radio as a fact or a choice, never an address, card or password, and a yes/no radio as its question', () => {
    mount(`<input type="checkbox" id="b"><label for="b">Adresse de facturation identique à l'adresse de livraison</label>
      <input type="checkbox" id="s" name="storeCard"><label for="s">Enregistrer ma carte bancaire pour mes prochains achats</label>
      <input type="checkbox" id="t"><label for="t">Je certifie être titulaire du compte</label>
      <fieldset><legend>Avez-vous fait opposition auprès de votre banque ?</legend>
      <input type="radio" id="o" name="opp"><label for="o">Oui</label>
      <input type="radio" id="n" name="opp"><label for="n">Non, pas encore</label></fieldset>
      <fieldset><legend>Type de carte</legend><input type="radio" id="v" name="brand"><label for="v">Visa</label></fieldset>
      <fieldset><legend>Êtes-vous en colocation ?</legend><input type="radio" id="c" name="col"><label for="c">Oui</label></fieldset>`);
    expect(['#b', '#s', '#t', '#o', '#n'].map(categoryOf)).toEqual(['none', 'none', 'none', 'none', 'none']);
    // the card's brand is a choice, like every radio button: its number, expiry and code are asked in boxes
    expect(categoryOf('#v')).toBe('none');
    expect(categoryOf('#c')).toBe('situation');
  });

  it('reads a legal protection measure, the home and the landlord as the person’s situation and names', () => {
    mount(`<div role="radiogroup" aria-labelledby="q"><p id="q">Bénéficiez-vous d'une mesure de protection ?</p>
      <input type="radio" id="t" name="prot"><label for="t">Tutelle</label></div>
      <label for="n">Nombre de colocataires</label><input id="n" type="number">
      <label for="s">Surface habitable</label><input id="s" type="number">
      <label for="l">Nom et prénom ou raison sociale du bailleur</label><input id="l">`);
    expect(['#t', '#n', '#s', '#l'].map(categoryOf)).toEqual(['situation', 'situation', 'situation', 'identity_name']);
  });

  it('reads an unlabelled select by its empty first option (« Civilité »), and a rail discount card as no bank card', () => {
    mount(`<select id="c" name="input_11"><option value="">Civilité</option><option>Madame</option><option>Monsieur</option></select>
      <select id="u" name="input_3"><option value="">Nombre de pièces principales</option><option>1</option><option>2</option></select>
      <label for="d">Numéro de la carte</label><input id="d" name="passengers[0].discountCardNumber">
      <label for="f">Date des faits</label><input id="f" name="faits.date">`);
    expect(['#c', '#u', '#d', '#f'].map(categoryOf)).toEqual(['other_personal', 'situation', 'none', 'none']);
  });

  // found in two blind sets written apart (forms-heldout and -3, then -4)
  it('reads the tax notice reference as naming the taxpayer, and help needed in daily life as health', () => {
    mount(`<label for="r">Référence de l'avis <span class="fr-hint-text">13 caractères</span></label><input id="r" name="refAvis" maxlength="13">
      <fieldset><legend>Dans votre vie quotidienne, vous avez besoin d'aide pour :</legend>
      <label><input type="checkbox" name="besoin[repas]" id="b"> Préparer vos repas</label></fieldset>`);
    expect(['#r', '#b'].map(categoryOf)).toEqual(['national_id', 'health']);
  });

  // fifth blind set (tests/fixtures/forms-heldout-5), rewritten as general cases
  it('names the boxes of a family grid by their column header (a <td> under a title row), the row header saying whose they are', () => {
    mount(`<table><tr><td colspan="4">2 - LES AYANTS DROIT</td></tr>
      <tr><td></td><td>Nom</td><td>Date de naissance</td><td>N° de Sécurité sociale</td></tr>
      <tr><td>Conjoint</td><td><input name="AD1_NOM" id="n"></td><td><input name="AD1_DATE" id="d" maxlength="10"></td><td><input name="AD1_NUM" id="s" maxlength="15"></td></tr>
      <tr><td>Enfant</td><td><input name="AD2_NOM" id="n2"></td><td><input name="AD2_DATE" id="d2" maxlength="10"></td><td><input name="AD2_NUM" id="s2" maxlength="15"></td></tr></table>`);
    expect(['#n', '#d', '#s', '#n2', '#d2', '#s2'].map(categoryOf)).toEqual(['identity_name', 'birth', 'national_id', 'identity_name', 'birth', 'national_id']);
  });

  it('reads a health questionnaire, a pregnancy follow-up and the date of a move; a loan or gift amount is no income', () => {
    mount(`<fieldset><legend>Au cours des 12 derniers mois, avez-vous ressenti une douleur dans la poitrine ou des palpitations ?</legend>
      <input type="radio" id="o" name="input_11"><label for="o">Oui</label></fieldset>
      <label for="r">N° RPPS</label><input id="r" inputmode="numeric">
      <label for="m">Date du déménagement</label><input id="m" type="date">
      <label for="p">Montant souhaité</label><input id="p" name="projet.montant" inputmode="numeric">
      <label for="a">Autre montant (€)</label><input id="a" name="montant_libre">
      <label for="l">Numéro du permis</label><input id="l">`);
    expect(['#o', '#r', '#m', '#p', '#a', '#l'].map(categoryOf)).toEqual(['health', 'health', 'situation', 'none', 'none', 'national_id']);
  });

  // sixth blind set (tests/fixtures/forms-heldout-6), rewritten as general cases
  it('reads a yes/no radio pair with no label of its own (values O / N in a table) as its question, never a bank detail', () => {
    mount(`<table><tr><td colspan="2">Êtes-vous titulaire d'une pension d'invalidité ?</td></tr>
      <tr><td></td><td><input type="radio" name="inval" value="O" id="o"> Oui <input type="radio" name="inval" value="N" id="n"> Non</td></tr></table>`);
    expect(['#o', '#n'].map(categoryOf)).toEqual(['health', 'health']);
  });

  it('reads « faire l’objet d’une mesure de protection / d’une condamnation », household size and income « (avis N-2) » as personal', () => {
    mount(`<label for="m">Le demandeur fait-il l'objet d'une mesure de protection ?</label>
      <select id="m" name="input_8"><option>Aucune</option><option>Curatelle</option><option>Tutelle</option></select>
      <fieldset><legend>Avez-vous fait l'objet d'une condamnation ?</legend><input type="radio" id="c" name="cond"><label for="c">Oui</label></fieldset>
      <label for="p">Nombre de personnes du ménage</label><input id="p" type="number">
      <p>Ressources annuelles du foyer (avis N-2), en euros <input id="r" name="Household.AnnualIncome"></p>
      <label for="t">Référence de l'avis d'imposition</label><input id="t" name="tax.reference">`);
    expect(['#m', '#c', '#p', '#r', '#t'].map(categoryOf)).toEqual(['situation', 'other_personal', 'situation', 'situation', 'national_id']);
  });

  it('reads a library card number, a quote’s amount and the kind of identity document as none, a PAI as health', () => {
    mount(`<label for="l">N° de carte lecteur (si vous êtes déjà inscrit)</label><input id="l" name="numCarte">
      <label for="d">Montant TTC du devis</label><input id="d" name="devis.montantTTC" inputmode="decimal">
      <select id="k" name="identityDocType"><option value="">Type de pièce d'identité</option><option>Carte nationale d'identité</option><option>Passeport</option></select>
      <input type="checkbox" id="a" name="Child.HasPai"><label for="a">Mon enfant bénéficie d'un PAI (projet d'accueil individualisé)</label>`);
    expect(['#l', '#d', '#k', '#a'].map(categoryOf)).toEqual(['none', 'none', 'none', 'health']);
  });

  it('reads the words after a checkbox that has no label element as its label', () => {
    mount(`<div class="pf-row"><input type="checkbox" id="p" name="Child.Has"> <span>Un projet d'accueil individualisé est nécessaire pour mon enfant (maladie chronique, allergie sévère)</span></div>
      <div class="pf-row"><input type="checkbox" id="n" name="optin"> <span>Je souhaite recevoir la lettre d'information</span></div>`);
    expect(['#p', '#n'].map(categoryOf)).toEqual(['health', 'none']);
  });

  // seventh blind set (tests/fixtures/forms-heldout-7)
  it('reads a fixed line number as a phone, and « au sujet de votre demande » as no message subject', () => {
    mount(`<input type="text" id="l" inputmode="numeric" placeholder="Numéro de ligne fixe (ex. 09 12 34 56 78)">
      <p>Pour vous contacter au sujet de votre demande</p><div><input type="tel" id="m" placeholder="Téléphone mobile"></div>`);
    expect(['#l', '#m'].map(categoryOf)).toEqual(['phone', 'phone']);
  });

  // eighth blind set (tests/fixtures/forms-heldout-8)
  it('reads a grid whose columns are the partners and whose rows are the questions by its rows', () => {
    mount(`<table><tr><td></td><td>Partenaire 1</td><td>Partenaire 2</td></tr>
      <tr><td>Né(e) le</td><td><input name="datenais1" id="d1"></td><td><input name="datenais2" id="d2"></td></tr>
      <tr><td>Nationalité</td><td><input name="nat1" id="n1"></td><td><input name="nat2" id="n2"></td></tr>
      <tr><td>Lieu</td><td><input name="lieunais1" id="l1"></td><td><input name="lieunais2" id="l2"></td></tr></table>`);
    expect(['#d1', '#d2', '#n1', '#n2', '#l1', '#l2'].map(categoryOf)).toEqual(['birth', 'birth', 'other_personal', 'other_personal', 'birth', 'birth']);
  });

  it('reads a politically exposed person question, a prenatal exam, a disability follow-up and a tracking e-mail', () => {
    mount(`<fieldset><legend>Exercez-vous une fonction politique ou êtes-vous une personne politiquement exposée ?</legend>
      <input type="radio" id="p" name="ppe" value="Y"><label for="p">Oui</label></fieldset>
      <label for="e">Date du premier examen prénatal</label><input id="e" type="date">
      <input type="checkbox" id="h"><label for="h">Je bénéficie d'un suivi lié à un handicap</label>
      <label for="m">Courriel (pour le suivi)</label><input id="m">`);
    expect(['#p', '#e', '#h', '#m'].map(categoryOf)).toEqual(['situation', 'health', 'health', 'email']);
  });

  // questionnaire words added from general knowledge of French procedures (before the ninth and tenth blind sets)
  it('reads the licence held, the marriage contract, the household, the work sought and the digital equipment as situation', () => {
    mount(`<fieldset><legend>Êtes-vous titulaire du permis B ?</legend><input type="radio" id="b" name="pb"><label for="b">Oui</label></fieldset>
      <label for="n">Numéro du permis de conduire</label><input id="n">
      <label for="t">Nom du titulaire du compte</label><input id="t">
      <label for="r">Régime matrimonial</label><select id="r"><option>Communauté réduite aux acquêts</option></select>
      <label for="g">Composition du groupe</label><select id="g"><option>Personne seule</option></select>
      <label for="s">Prétentions salariales</label><input id="s" type="number">
      <fieldset><legend>Quel matériel possédez-vous ?</legend><input type="checkbox" id="o"><label for="o">Un ordinateur</label></fieldset>
      <label for="l">Lien avec le joueur</label><select id="l"><option>Père</option></select>`);
    expect(['#b', '#n', '#t', '#r', '#g', '#s', '#o', '#l'].map(categoryOf)).toEqual(
      ['situation', 'national_id', 'bank', 'situation', 'situation', 'situation', 'situation', 'situation']);
  });

  it('reads medical specialists, prescriptions and a first consultation as health, the name of one’s mutuelle as none', () => {
    mount(`<label for="h">Hématologue référent</label><input id="h">
      <label for="o">Date de l'ordonnance</label><input id="o" type="date">
      <label for="c">Motif de votre première consultation</label><select id="c"><option>Fatigue</option></select>
      <label for="m">Nom de votre mutuelle</label><input id="m">
      <label for="p">Formation souhaitée</label><input id="p" placeholder="Ex. : licence de psychologie">`);
    expect(['#h', '#o', '#c', '#m', '#p'].map(categoryOf)).toEqual(['health', 'health', 'health', 'none', 'none']);
  });

  it('reads a US-person question, a cover letter and « parle-nous de toi » as other personal data', () => {
    mount(`<fieldset><legend>Êtes-vous citoyen(ne) ou résident(e) fiscal(e) des États-Unis ?</legend><input type="radio" id="u" name="us"><label for="u">Non</label></fieldset>
      <label for="l">Lettre de motivation</label><textarea id="l"></textarea>
      <label for="p">Parle-nous de toi et de ce que tu aimerais faire</label><textarea id="p"></textarea>`);
    expect(['#u', '#l', '#p'].map(categoryOf)).toEqual(['other_personal', 'other_personal', 'other_personal']);
  });

  // ninth blind set (tests/fixtures/forms-heldout-9)
  it('reads a box by its placeholder when the text before it only says whose it is (« Votre conjoint »)', () => {
    mount(`<div><p>Votre conjoint</p><input id="u" placeholder="Nom d'usage"></div>
      <div><p>L'enfant</p><input id="p" placeholder="Prénom(s) de l'enfant"></div>`);
    expect(['#u', '#p'].map(categoryOf)).toEqual(['identity_name', 'identity_name']);
  });

  it('reads an attestation, an amount asked of an aid fund and the communes one would like to live in as none', () => {
    mount(`<input type="checkbox" id="c"><label for="c">Je certifie sur l'honneur l'exactitude des renseignements et je m'engage à signaler tout changement de situation</label>
      <input type="checkbox" id="d"><label for="d">J'ai pris connaissance de mes droits et devoirs de demandeur d'emploi</label>
      <label for="m">Montant demandé (si secours financier)</label><input id="m" name="montant">
      <label for="s">Communes souhaitées</label><select id="s" multiple><option>Villeneuve</option></select>
      <label for="v">Numéro d'immatriculation du véhicule</label><input id="v">`);
    expect(['#c', '#d', '#m', '#s', '#v'].map(categoryOf)).toEqual(['none', 'none', 'none', 'none', 'none']);
  });

  it('reads « Comment … ? » as a question, the job seeker number, siblings, military service and availability', () => {
    mount(`<label for="f">Comment s'est terminé votre dernier contrat ?</label><select id="f"><option>Fin de CDD</option></select>
      <label for="i">Votre identifiant demandeur d'emploi</label><input id="i">
      <label for="b">Nombre de frères et sœurs à la charge de tes parents</label><input id="b" type="number">
      <label for="s">Service militaire — du</label><input id="s" type="date">
      <label for="a">Disponible à partir du</label><input id="a" type="date">
      <label for="c">Comment</label><textarea id="c" name="comment"></textarea>`);
    expect(['#f', '#i', '#b', '#s', '#a', '#c'].map(categoryOf)).toEqual(['situation', 'national_id', 'situation', 'situation', 'situation', 'none']);
  });

  it('reads daily-life difficulties as health and a meal without pork as other personal data', () => {
    mount(`<fieldset><legend>Avez-vous des difficultés pour :</legend>
      <input type="checkbox" id="t"><label for="t">Faire votre toilette, vous habiller</label>
      <input type="checkbox" id="r"><label for="r">Préparer vos repas, manger</label></fieldset>
      <fieldset><legend>Repas</legend><input type="radio" name="rep" id="p"><label for="p">Repas sans porc</label></fieldset>`);
    expect(['#t', '#r', '#p'].map(categoryOf)).toEqual(['health', 'health', 'other_personal']);
  });

  // tenth blind set (tests/fixtures/forms-heldout-10)
  it('reads a relative’s name as a name even when the relative is named in every source (label, name, legend)', () => {
    mount(`<fieldset><legend>Mariage ou PACS</legend><label for="c">Nom et prénom de votre conjoint(e) ou partenaire</label>
      <input id="c" name="conjoint-nom"></fieldset>
      <label for="n">Nombre d'enfants mineurs ou handicapés à charge</label><input id="n" name="nbEnfantsHandicapes">
      <label for="e">Enfants</label><select id="e" name="enfants"><option>0</option><option>1</option></select>`);
    expect(['#c', '#n', '#e'].map(categoryOf)).toEqual(['identity_name', 'situation', 'situation']);
  });

  it('reads who one is to the person an act concerns, and the last job held, as situation; the kind of extract as none', () => {
    mount(`<fieldset><legend>Vous êtes *</legend><input type="radio" name="qualite" id="f"><label for="f">Son fils ou sa fille</label>
      <input type="radio" name="qualite" id="e"><label for="e">Son époux ou son épouse</label></fieldset>
      <fieldset><legend>Type d'acte demandé</legend><input type="radio" name="t" id="x"><label for="x">Extrait avec filiation</label></fieldset>
      <label for="p">Dernier poste occupé (intitulé, entreprise)</label><input id="p">`);
    expect(['#f', '#e', '#x', '#p'].map(categoryOf)).toEqual(['situation', 'situation', 'none', 'situation']);
  });

  it('reads a mutuelle, its member number and a porting code as none; an accessibility need and a past consultation as health', () => {
    mount(`<label for="m">Mutuelle / complémentaire santé</label><input id="m">
      <label for="a">N° d'adhérent (sur votre carte de tiers payant)</label><input id="a">
      <label for="r">Code RIO</label><input id="r" name="rio">
      <input type="checkbox" id="b"><label for="b">J'ai besoin d'un aménagement pour le rendez-vous (mobilité réduite, malentendant)</label>
      <fieldset><legend>Avez-vous déjà consulté ce médecin ?</legend><input type="radio" name="c" id="c"><label for="c">Non, je suis un nouveau patient</label></fieldset>
      <label for="d">N° de la pièce</label><input id="d">`);
    expect(['#m', '#a', '#r', '#b', '#c', '#d'].map(categoryOf)).toEqual(['none', 'none', 'none', 'health', 'health', 'national_id']);
  });

  // eleventh and twelfth blind sets (tests/fixtures/forms-heldout-11, -12)
  it('reads the year of a notice or a purchase, the tax concerned and an organisation’s name as none', () => {
    mount(`<label for="a">Année de l'avis *</label><input id="a" name="annee">
      <label for="b">Année d'achat</label><input id="b">
      <label for="i">Impôt concerné *</label><input id="i">
      <label for="e">Nom de l'auto-école *</label><input id="e">
      <input type="radio" name="motif" id="t"><label for="t">Je reprends l'abonnement (changement de titulaire)</label>
      <input type="checkbox" name="options" id="d"><label for="d">Détecteur de chute (+ 5 € par mois)</label>`);
    expect(['#a', '#b', '#i', '#e', '#t', '#d'].map(categoryOf)).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
  });

  it('reads a landlord’s, a former occupant’s or a referent’s name as a name, a home’s address as an address', () => {
    mount(`<label for="p">Nom du propriétaire ou du bailleur</label><input id="p">
      <label for="o">Nom de l'ancien occupant (si connu)</label><input id="o" name="ancien_occupant">
      <label for="r">Nom de ton ou ta référent·e ASE (si tu le connais)</label><input id="r" name="referent_ase">
      <label for="l">Adresse du logement assuré</label><input id="l">`);
    expect(['#p', '#o', '#r', '#l'].map(categoryOf)).toEqual(['identity_name', 'identity_name', 'identity_name', 'postal_address']);
  });

  it('reads the driving-test code, a household’s adults, care by the ASE and parental authority as situation', () => {
    mount(`<input type="checkbox" id="c"><label for="c">J'ai déjà eu l'examen du code</label>
      <label for="n">Nombre d’adultes dans le logement</label><input id="n" type="number">
      <fieldset><legend>Es-tu actuellement confié·e à l'ASE ?</legend><input type="radio" name="ase" id="a"><label for="a">Oui</label></fieldset>
      <fieldset><legend>Vous faites cette demande en qualité de</legend><input type="radio" name="qual" id="q"><label for="q">Titulaire de l'autorité parentale ou tuteur</label></fieldset>
      <label for="g">Nombre d'adultes</label><input id="g" type="number" name="guests">`);
    expect(['#c', '#n', '#a', '#q', '#g'].map(categoryOf)).toEqual(['situation', 'situation', 'situation', 'situation', 'none']);
  });

  it('reads falls, walking aids and blood-donation criteria as health, one’s weight and languages spoken at home as other personal data', () => {
    mount(`<input type="checkbox" id="f"><label for="f">Il / elle a déjà chuté ces 12 derniers mois</label>
      <input type="checkbox" id="w"><label for="w">Je me déplace difficilement (canne, déambulateur, fauteuil)</label>
      <fieldset><legend>Cochez ce qui vous concerne</legend><input type="checkbox" id="t"><label for="t">Tatouage ou piercing dans les 4 derniers mois</label></fieldset>
      <fieldset><legend>Pesez-vous au moins 50 kg ?</legend><input type="radio" name="poids" id="p"><label for="p">Oui</label></fieldset>
      <label for="l">Langue(s) parlée(s) à la maison</label><input id="l" name="family_languages">
      <label for="x">Frequency</label><select id="x" name="family_frequency"><option>Weekly</option></select>`);
    expect(['#f', '#w', '#t', '#p', '#l', '#x'].map(categoryOf)).toEqual(['health', 'health', 'health', 'other_personal', 'other_personal', 'none']);
  });

  // thirteenth and fourteenth blind sets (tests/fixtures/forms-heldout-13, -14)
  it('reads the data of the employee a household declares by what they are, not as the household’s situation', () => {
    mount(`<fieldset><legend>Le salarié que vous employez directement</legend>
      <p>Nom du salarié *</p><input name="ctl00$cphContenu$txtNomSalarie" id="ctl00_cphContenu_txtNomSalarie">
      <p>N° de sécurité sociale du salarié</p><input name="ctl00$cphContenu$txtNirSalarie" id="ctl00_cphContenu_txtNirSalarie">
      <p>Commune de résidence du salarié</p><input name="ctl00$cphContenu$txtCommuneSalarie" id="ctl00_cphContenu_txtCommuneSalarie"></fieldset>`);
    expect(['#ctl00_cphContenu_txtNomSalarie', '#ctl00_cphContenu_txtNirSalarie', '#ctl00_cphContenu_txtCommuneSalarie'].map(categoryOf)).toEqual(
      ['identity_name', 'national_id', 'postal_address']);
  });

  it('reads job search, a micro-enterprise income and the school level as situation; a pension fund and a year of expenses as none', () => {
    mount(`<fieldset><legend>Êtes-vous toujours à la recherche d'un emploi ?</legend><input type="radio" name="rech" id="r"><label for="r">Oui</label></fieldset>
      <fieldset><legend>Avez-vous perçu des revenus d'une activité non salariée (micro-entreprise) ?</legend><input type="radio" name="ns" id="m"><label for="m">Non</label></fieldset>
      <fieldset><legend>Niveau à la rentrée</legend><input type="radio" name="niv" id="g"><label for="g">Grande section (GS)</label></fieldset>
      <label for="c">Caisse de retraite principale</label><select id="c" name="caisseRetraite"><option>Carsat</option></select>
      <label for="y">Année des dépenses</label><select id="y" name="annee"><option>2025</option></select>`);
    expect(['#r', '#m', '#g', '#c', '#y'].map(categoryOf)).toEqual(['situation', 'situation', 'situation', 'none', 'none']);
  });

  it('reads a glasses prescription, smoking, a wheelchair and a vaccine dose as health, whatever a generated id says', () => {
    mount(`<h2>Votre ordonnance</h2><label for="s">Sphère œil droit</label><input id="s" name="odSph">
      <fieldset><legend>Avez-vous fumé, même occasionnellement, au cours des 24 derniers mois ?</legend><input type="radio" name="tabac" id="f"><label for="f">Oui</label></fieldset>
      <label for="w">Type de fauteuil</label><select id="w"><option>Manuel</option><option>Électrique</option></select>
      <input id="q5Wn0" placeholder="Date de votre dernière dose de ce vaccin">
      <input id="search" name="q" placeholder="Enter address or postal code">`);
    expect(['#s', '#f', '#w', '#q5Wn0', '#search'].map(categoryOf)).toEqual(['health', 'health', 'health', 'health', 'none']);
  });

  it('reads a number to call on the day as a phone, a subscription holder as a name, a document’s expiry as its own', () => {
    mount(`<label for="m">Mobile à joindre le jour du rendez-vous *</label><input id="m" type="tel">
      <label for="p">Téléphone (poste ou portable)</label><input id="p" type="tel">
      <label for="h">Titulaire de l'abonnement</label><input id="h">
      <label for="e">Date d'expiration du document</label><input id="e" name="expiration">
      <label for="d">Votre situation en quelques mots</label><textarea id="d" name="commentaire"></textarea>
      <label for="a">Montant rechargé</label><input id="a" name="amount">`);
    expect(['#m', '#p', '#h', '#e', '#d', '#a'].map(categoryOf)).toEqual(['phone', 'phone', 'identity_name', 'national_id', 'other_personal', 'none']);
  });

  // fifteenth and sixteenth blind sets (tests/fixtures/forms-heldout-15, -16)
  it('reads an address whose label names a year as an address, not a place of birth; an amount per month as no birth', () => {
    mount(`<label for="a">Adresse pendant l'année universitaire</label><input id="a" autocomplete="address-line1">
      <label for="r">Reste à votre charge par mois</label><input id="r" type="number">
      <label for="y">Année d'études *</label><select id="y"><option>L1</option><option>L2</option></select>
      <label for="p">Pays de naissance</label><select id="p" name="paysNaissance"><option>France</option></select>`);
    expect(['#a', '#r', '#y', '#p'].map(categoryOf)).toEqual(['postal_address', 'situation', 'situation', 'birth']);
  });

  it('reads a residence status as other personal data, a childcare benefit, over-indebtedness and the INE as what they are', () => {
    mount(`<fieldset><legend>Vous êtes : *</legend>
      <input type="radio" name="statut" id="e"><label for="e">Étranger(ère) titulaire d'un titre de séjour</label>
      <input type="radio" name="statut" id="r"><label for="r">Réfugié(e) ou bénéficiaire de la protection subsidiaire</label></fieldset>
      <fieldset><legend>Percevez-vous le complément de libre choix du mode de garde ?</legend><input type="radio" name="cmg" id="c"><label for="c">Oui</label></fieldset>
      <fieldset><legend>Avez-vous déjà déposé un dossier de surendettement ?</legend><input type="radio" name="bdf" id="b"><label for="b">En cours</label></fieldset>
      <label for="i">INE (numéro étudiant)</label><input id="i">`);
    expect(['#e', '#r', '#c', '#b', '#i'].map(categoryOf)).toEqual(['other_personal', 'other_personal', 'situation', 'situation', 'national_id']);
  });

  it('reads « Vous êtes : la mère / le père / le tuteur » as situation, and the circumstances of a card’s loss as none', () => {
    mount(`<fieldset><legend>Vous êtes *</legend><input type="radio" name="qualite" id="m"><label for="m">La mère</label>
      <input type="radio" name="qualite" id="t"><label for="t">Le tuteur / la tutrice (joindre le jugement)</label></fieldset>
      <fieldset><legend>Circonstances</legend><input type="radio" name="motif" id="v"><label for="v">Vol</label>
      <label for="d">Date du constat</label><input id="d" placeholder="jj/mm/aaaa" name="dateConstat"></fieldset>`);
    expect(['#m', '#t', '#v', '#d'].map(categoryOf)).toEqual(['situation', 'situation', 'none', 'none']);
  });

  it('reads a child’s sex radios, « présente-toi », the job sought and availability, but not a room « si disponible »', () => {
    mount(`<fieldset><legend>C'est *</legend><input type="radio" name="sexeEnfant" id="g"><label for="g">un garçon</label></fieldset>
      <label for="p">Présente-toi en quelques lignes</label><textarea id="p" name="message"></textarea>
      <label for="j">Poste recherché</label><input id="j">
      <fieldset><legend>Disponible</legend><input type="radio" name="dispo" id="d"><label for="d">Sous 1 mois (préavis)</label></fieldset>
      <input type="checkbox" id="c"><label for="c">Je souhaite une chambre particulière si disponible</label>`);
    expect(['#g', '#p', '#j', '#d', '#c'].map(categoryOf)).toEqual(['other_personal', 'other_personal', 'situation', 'situation', 'none']);
  });

  // seventeenth and eighteenth blind sets (tests/fixtures/forms-heldout-17, -18), after their blind runs
  it('finds the question of a Contact Form 7 radio group four levels up, and reads a child’s residence as situation', () => {
    mount(`<p>As-tu une reconnaissance de la MDPH (RQTH, PCH…) ?<br>
      <span class="wpcf7-form-control-wrap"><span class="wpcf7-form-control wpcf7-radio"><span class="wpcf7-list-item first">
      <input type="radio" name="mdph" value="Oui" id="o"><span class="wpcf7-list-item-label">Oui</span></span></span></span></p>
      <fieldset><legend>Mode de résidence des enfants</legend>
      <input type="radio" name="residenceEnfants" id="m"><label for="m">Chez moi</label>
      <input type="radio" name="residenceEnfants" id="a"><label for="a">En résidence alternée</label></fieldset>`);
    expect(['#o', '#m', '#a'].map(categoryOf)).toEqual(['health', 'situation', 'situation']);
  });

  it('reads resident cards and travel documents as ID numbers, a payout account as bank, and no phone in a textarea', () => {
    mount(`<label for="r">N° de la carte de résident ou de la carte de séjour pluriannuelle*</label><input id="r">
      <label for="t">Numéro du titre de voyage</label><input id="t">
      <label for="v">Compte de versement</label><input id="v" readonly value="FR76 1027 8022 •••• •••• •••• 418">
      <fieldset><legend>Pour vous joindre</legend>
      <label for="p">Vous souhaitez nous apporter des précisions sur votre situation ? (facultatif)</label><textarea id="p"></textarea></fieldset>`);
    expect(['#r', '#t', '#v', '#p'].map(categoryOf)).toEqual(['national_id', 'national_id', 'bank', 'other_personal']);
  });

  it('reads a Gravity Forms honeypot as none, dial codes behind flags as phone, masked accounts as bank', () => {
    mount(`<div class="gfield gfield--type-honeypot gform_validation_container"><label class="gfield_label" for="h">Phone</label>
      <div class="ginput_container"><input name="input_99" id="h" type="text"></div></div>
      <label for="n">Téléphone</label><input id="n" type="tel">
      <select id="d"><option>🇫🇷 +33</option><option>🇧🇪 +32</option></select>
      <select id="c"><option>Compte de dépôt n° 0881 •••• •••• 4521</option><option>Compte joint n° 0881 •••• •••• 7730</option></select>`);
    expect(['#h', '#n', '#d', '#c'].map(categoryOf)).toEqual(['none', 'phone', 'phone', 'bank']);
  });

  // nineteenth to twenty-second blind sets (tests/fixtures/forms-heldout-19 … -22), after their blind runs
  it('reads no radio button as bank, and an identity document’s end of validity as the document’s', () => {
    mount(`<fieldset><legend>Pourquoi commandez-vous une carte Vitale ?</legend>
      <input type="radio" name="motif" id="p"><label for="p">J'ai perdu ma carte</label></fieldset>
      <fieldset><legend>Mode de paiement</legend><input type="radio" name="paiement" id="cb"><label for="cb">Carte bancaire</label></fieldset>
      <fieldset><legend>Votre pièce d'identité</legend><label for="v">Date de fin de validité</label><input id="v"></fieldset>
      <label for="c">Date de fin de validité</label><input id="c" autocomplete="off">`);
    expect(['#p', '#cb', '#v', '#c'].map(categoryOf)).toEqual(['none', 'none', 'national_id', 'bank']);
  });

  it('reads an IBAN whose label says what is paid into it as bank, a bare « Clé » after a NIR as the NIR’s key', () => {
    mount(`<label for="i">IBAN du compte sur lequel la prime sera versée</label><input id="i">
      <div><label for="n">N° de sécurité sociale</label><input id="n"></div>
      <div><label for="k">Clé</label><input id="k"></div>
      <div><label for="m">Nom</label><input id="m"></div><div><label for="o">Clé</label><input id="o"></div>
      <label for="v">Numéro du visa</label><input id="v">`);
    expect(['#i', '#k', '#o', '#v'].map(categoryOf)).toEqual(['bank', 'national_id', 'none', 'national_id']);
  });

  it('finds a question five levels up (Contact Form 7 with labels), reads work contracts, injuries and a Pajemploi number', () => {
    mount(`<p>Es-tu en situation de handicap ?<br><span class="wpcf7-form-control-wrap"><span class="wpcf7-form-control wpcf7-radio">
      <span class="wpcf7-list-item first"><label><input type="radio" name="handicap" value="Oui" id="h"><span>Oui</span></label></span></span></span></p>
      <label for="t">Type de contrat</label><select id="t"><option></option><option>CDI</option><option>CDD</option></select>
      <label for="l">Nature des lésions</label><input id="l">
      <label for="e">J'ai plusieurs employeurs</label><input type="checkbox" id="e">
      <label for="pe">Votre n° Pajemploi</label><input id="pe">`);
    expect(['#h', '#t', '#l', '#e', '#pe'].map(categoryOf)).toEqual(['health', 'situation', 'health', 'situation', 'national_id']);
  });

  it('reads the processing of a request as no treatment, and a cemetery as no trade', () => {
    mount(`<fieldset><legend>Informations utiles au traitement (facultatif)</legend><label for="d">N° du décompte</label><input id="d"></fieldset>
      <select id="c" name="ctl00$ContentPlaceHolder1$ddlCimetiere"><option>Cimetière du Centre</option></select>
      <label for="qp">Quartier prioritaire de la politique de la ville</label><input type="checkbox" id="qp">`);
    expect(['#d', '#c', '#qp'].map(categoryOf)).toEqual(['none', 'none', 'situation']);
  });

  // twenty-third to twenty-sixth blind sets (tests/fixtures/forms-heldout-23 … -26), after their blind runs
  it('reads a prefilled name or masked IBAN by its value, and an ID document’s expiry under its heading as the document’s', () => {
    mount(`<label for="a">Allocataire</label><input id="a" name="nomAllocataire" readonly value="BERTHOMIER Sandrine">
      <label for="c">Candidat</label><input id="c" readonly value="Yannick BERTHOMIEU">
      <label for="v">Compte sur lequel la prime sera versée</label><input id="v" name="versement.ibanMasque" readonly value="FR76 •••• •••• •••• •••• •••4 417">
      <label for="s">Ville</label><input id="s" readonly value="Saint-Aubrac">
      <section><h2>Votre pièce d'identité</h2><label for="e">Date d'expiration</label><input id="e"></section>`);
    expect(['#a', '#c', '#v', '#s', '#e'].map(categoryOf)).toEqual(['identity_name', 'identity_name', 'bank', 'postal_address', 'national_id']);
  });

  it('reads a pet’s data as none but its owner’s as theirs, and a group of boxes by the question before it', () => {
    mount(`<fieldset><legend>Le chien</legend><label for="n">Nom du chien *</label><input id="n" name="nomChien">
      <input type="radio" name="sexeChien" id="m"><label for="m">Mâle</label></fieldset>
      <fieldset><legend>Le propriétaire du chien</legend><label for="o">Nom</label><input id="o" name="txtNom"></fieldset>
      <p>Nature du handicap<br><span class="wpcf7-form-control-wrap"><span class="wpcf7-form-control wpcf7-checkbox"><span class="wpcf7-list-item">
      <input type="checkbox" name="handicap[]" value="Moteur" id="h"><span class="wpcf7-list-item-label">Moteur</span></span></span></span></p>`);
    expect(['#n', '#m', '#o', '#h'].map(categoryOf)).toEqual(['none', 'none', 'identity_name', 'health']);
  });

  it('reads « blessée », ITT and the FICP, a tenant number as an account number, and a CV « à jour » as no birth', () => {
    mount(`<fieldset><legend>Une personne a-t-elle été blessée ?</legend><input type="radio" name="b" id="b"><label for="b">Oui</label></fieldset>
      <label for="i">Si oui, nombre de jours d'ITT</label><input id="i" type="number">
      <fieldset><legend>Êtes-vous inscrit(e) au FICP ?</legend><input type="radio" name="f" id="f"><label for="f">Non</label></fieldset>
      <label for="l">N° de locataire</label><input id="l" name="numero_locataire">
      <fieldset><legend>Avez-vous un CV à jour à apporter ?</legend><input type="radio" name="cvAJour" id="cv"><label for="cv">Oui</label></fieldset>`);
    expect(['#b', '#i', '#f', '#l', '#cv'].map(categoryOf)).toEqual(['health', 'health', 'situation', 'none', 'none']);
  });

  // twenty-seventh to thirtieth blind sets (tests/fixtures/forms-heldout-27 … -30), after their blind runs
  it('reads a passport’s expiry as the passport’s, « tel qu’indiqué » as no phone, relatives and civilities in a select', () => {
    mount(`<label for="p">Date d'expiration du passeport *</label><input id="p" name="demande:dateExpPasseport_input">
      <label for="c">Date d'expiration de la carte</label><input id="c" name="cardExp">
      <label for="m">Montant de vos ressources * Tel qu'indiqué sur votre avis</label><input id="m" name="montantRessources">
      <select id="l" name="lien"><option value="">Vous êtes… *</option><option>La mère</option><option>Le père</option><option>Le tuteur ou la tutrice</option></select>
      <label for="x">Préfixe</label><select id="x"><option></option><option>Mme</option><option>M.</option><option>Mx</option></select>`);
    expect(['#p', '#c', '#m', '#l', '#x'].map(categoryOf)).toEqual(['national_id', 'bank', 'situation', 'situation', 'other_personal']);
  });

  // thirty-fifth to fortieth blind sets (tests/fixtures/forms-heldout-35 … -40), after their blind runs
  it('reads « Mon enfant » / « Pour un proche » as whom a request is for, a bare « Enfant » under « Lien » as the link', () => {
    mount(`<fieldset><legend>La demande concerne</legend>
      <input type="radio" name="qui" id="moi"><label for="moi">Moi-même</label>
      <input type="radio" name="qui" id="enf"><label for="enf">Mon enfant (moins de 16 ans)</label>
      <input type="radio" name="qui" id="pro"><label for="pro">Un proche (parent, conjoint, enfant…)</label></fieldset>
      <fieldset><legend>Lien avec la personne décédée</legend>
      <input type="radio" name="lien" id="l1"><label for="l1">Enfant</label>
      <input type="radio" name="lien" id="l2"><label for="l2">Conjoint·e / partenaire de PACS</label></fieldset>`);
    expect(['#enf', '#pro', '#l1', '#l2'].map(categoryOf)).toEqual(['none', 'none', 'situation', 'situation']);
  });

  it('reads a select whose answers are statuses as a situation, one whose answers are motives or name mentions as not', () => {
    mount(`<label for="v">Vous êtes*</label><select id="v"><option value="">Propriétaire ou locataire ?</option>
      <option>Propriétaire occupant</option><option>Locataire</option><option>Hébergé à titre gratuit</option></select>
      <select id="t"><option value="">Tu es actuellement… *</option><option>Lycéen(ne)</option><option>Étudiant(e)</option><option>Salarié(e) du privé</option></select>
      <label for="m">Motif de la demande</label><select id="m"><option>Carte d'identité</option><option>Mariage</option><option>Succession</option></select>
      <label for="u">Mention du nom d'usage</label><select id="u"><option></option><option>épouse</option><option>veuve</option><option>époux</option><option>veuf</option></select>`);
    expect(['#v', '#t', '#m', '#u'].map(categoryOf)).toEqual(['situation', 'situation', 'none', 'identity_name']);
  });

  it('reads the languages one speaks, an approved doctor, contact lenses, a social worker’s or an occupant’s name, and no cut word', () => {
    mount(`<label for="l">Langue que vous parlez le mieux</label><select id="l" name="langue"><option>Français</option><option>Arabe</option></select>
      <label for="m">Date de la visite médicale (médecin agréé) *</label><input id="m">
      <input type="checkbox" id="v"><label for="v">Je conduis avec des lunettes ou des lentilles de contact</label>
      <label for="t">Nom du travailleur social qui vous accompagne</label><input id="t" name="travailleurSocial">
      <p>Nom de l'occupant * <input type="text" name="nomOccupant"></p>
      <p><input type="checkbox" name="accord"> Je suis le titulaire du certificat d'immatriculation ou j'agis avec son accord (article 9 de l'arrêté du 9 février 2009).</p>`);
    expect(['#l', '#m', '#v', '#t', 'input[name="nomOccupant"]', 'input[name="accord"]'].map(categoryOf)).toEqual([
      'other_personal', 'health', 'health', 'identity_name', 'identity_name', 'none',
    ]);
  });

  it('reads the training followed and the employer as the situation, a company field elsewhere as none', () => {
    mount(`<label for="o">Organisme de formation *</label><input id="o" name="organisme">
      <label for="i">Intitulé de la formation *</label><input id="i">
      <label for="e">Nom de l'employeur</label><input id="e" autocomplete="organization">
      <label for="q">Entreprise qui vous emploie *</label><input id="q" name="entreprise">
      <label for="c">Company</label><input id="c" autocomplete="organization">`);
    expect(['#o', '#i', '#e', '#q', '#c'].map(categoryOf)).toEqual(['situation', 'situation', 'situation', 'situation', 'none']);
  });

  it('reads « Votre permis a été : annulé » as the verb, not a motorcycle licence', () => {
    mount(`<fieldset><legend>Votre permis a été :</legend><input type="radio" name="mesure" id="a"><label for="a">annulé par décision d'un tribunal</label></fieldset>
      <input type="checkbox" id="b"><label for="b">J'ai le permis A</label>`);
    expect(['#a', '#b'].map(categoryOf)).toEqual(['none', 'situation']);
  });

  // forty-first to forty-sixth blind sets (tests/fixtures/forms-heldout-41 … -46), after their blind runs
  it('reads « en une seule fois » as no one living alone, « Mon/ma conjoint(e) » as whom a change concerns, a class as schooling', () => {
    mount(`<fieldset><legend>Fréquence</legend><input type="radio" name="v" id="u"><label for="u">en une seule fois</label></fieldset>
      <fieldset><legend>Vous vivez</legend><input type="radio" name="w" id="s"><label for="s">Seul(e)</label></fieldset>
      <fieldset><legend>Qui a perdu son emploi ? *</legend><input type="radio" name="q" id="c"><label for="c">Mon/ma conjoint(e)</label></fieldset>
      <label for="k">Ta classe *</label><input id="k">`);
    expect(['#u', '#s', '#c', '#k'].map(categoryOf)).toEqual(['none', 'situation', 'none', 'situation']);
  });

  it('finds a questionnaire’s question in the cell before a Contact Form 7 group, and its symptoms as health', () => {
    mount(`<form><table><tr><td>T'est-il arrivé de t'évanouir ou de tomber sans savoir pourquoi ?</td>
      <td><span class="wpcf7-form-control-wrap"><span class="wpcf7-form-control wpcf7-radio"><span class="wpcf7-list-item first">
      <label><input type="radio" name="q-m" value="Oui"><span class="wpcf7-list-item-label">Oui</span></label></span></span></span></td></tr></table></form>`);
    expect(categoryOf('input[name="q-m"]')).toBe('health');
  });

  it('reads what a quote or a bill cost, or what is disputed, as no one’s means', () => {
    mount(`<label for="d">Montant total du ou des devis (€) *</label><input id="d" name="montant-devis">
      <label for="p">Montant total payé (€)*</label><input id="p" name="montant">
      <label for="c">Montant contesté (en euros)</label><input id="c" name="montantConteste">
      <label for="r">Montant total de vos revenus</label><input id="r">`);
    expect(['#d', '#p', '#c', '#r'].map(categoryOf)).toEqual(['none', 'none', 'none', 'situation']);
  });

  it('reads no name in a box to tick, and a trade or a union’s name as no person’s', () => {
    mount(`<input type="checkbox" id="u"><label for="u">Commander une nouvelle carte à mon nom d'usage (gratuit)</label>
      <label for="c">Dénomination ou nom commercial</label><input id="c">
      <label for="s">Nom du syndicat</label><input id="s" name="syndicatDecl1">
      <label for="n">Nom d'usage</label><input id="n">`);
    expect(['#u', '#c', '#s', '#n'].map(categoryOf)).toEqual(['none', 'none', 'none', 'identity_name']);
  });

  it('reads where an accident happened as no one’s address', () => {
    mount(`<label for="l">Lieu précis de l'accident (rue, commune)*</label><input id="l" name="lieuAccident">
      <label for="a">Commune</label><input id="a">`);
    expect(['#l', '#a'].map(categoryOf)).toEqual(['none', 'postal_address']);
  });
});

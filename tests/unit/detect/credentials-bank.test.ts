// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { categoryOf, mount } from '../helpers/detect-form';

/**
 * Credentials and bank fields the detector used to miss on the public corpus (issue #5 audit, verdict `detector`),
 * rewritten as general French cases: log-in form structure, new mailbox names, card expiry and account selects.
 */
describe('log-in form structure', () => {
  it('does not read ASP.NET box numbers (TextBox2) as a repeated new password', () => {
    mount(`<form><input type="text" name="TextBox1" id="TextBox1">
      <input type="password" name="TextBox2" id="TextBox2"><input type="submit" value="Valider"></form>`);
    expect(categoryOf('#TextBox1')).toBe('credentials');
  });

  it('does not count an <input role="button"> without a type as a text box of the log-in form', () => {
    // a table-layout log-in whose « Effacer » and « Retour » buttons are inputs without a type: without the role
    // check they made four text boxes, too many for a log-in form, and the unlabelled account box was missed
    mount(`<table><tr><td>Compte :</td><td><input name="user" id="u"></td></tr>
      <tr><td>Mot de passe :</td><td><input type="password" name="pass"></td></tr>
      <tr><td>Code à usage unique :</td><td><input name="otp" maxlength="6"></td></tr>
      <tr><td></td><td><input type="submit" value="Valider"><input role="button" value="Effacer" onclick="void 0">
      <input role="button" value="Retour" onclick="void 0"></td></tr></table>`);
    expect(categoryOf('#u')).toBe('credentials');
    expect(categoryOf('input[value="Effacer"]')).toBe('none');
  });

  it('still reads « mot de passe 2 » as the second password box of a sign-up form', () => {
    mount(`<form><label for="e">Courriel</label><input type="email" id="e" name="courriel">
      <input type="password" name="mdp2" id="p"><button>Continuer</button></form>`);
    expect(categoryOf('#e')).toBe('email');
  });

  it('takes the e-mail box of a « Se connecter » form as the login despite autocomplete="new-password"', () => {
    mount(`<form><label for="e">Adresse e-mail</label><input type="email" id="e" name="email">
      <label for="p">Mot de passe</label><input type="password" id="p" name="password" autocomplete="new-password">
      <button type="submit">Se connecter</button></form>`);
    expect(categoryOf('#e')).toBe('credentials');
  });

  it('keeps the e-mail of a sign-up form whose password box says autocomplete="new-password"', () => {
    mount(`<form><label for="e">Adresse e-mail</label><input type="email" id="e" name="email">
      <label for="p">Mot de passe</label><input type="password" id="p" name="password" autocomplete="new-password">
      <button type="submit">Créer mon compte</button></form>`);
    expect(categoryOf('#e')).toBe('email');
  });

  it('takes a loyalty number as the login even when the last name sits between it and the code', () => {
    mount(`<form><label for="m">Numéro de carte de fidélité</label><input id="m" name="memberId" maxlength="10">
      <label for="n">Nom</label><input id="n" name="lastName">
      <label for="c">Code personnel</label><input type="password" id="c" name="memberPin">
      <button type="submit">Se connecter</button></form>`);
    expect(categoryOf('#m')).toBe('credentials');
    expect(categoryOf('#n')).toBe('identity_name');
  });

  it('keeps a loyalty number outside a log-in form a non-personal field', () => {
    mount(`<form><label for="m">Numéro de carte de fidélité</label><input id="m" name="memberId">
      <label for="n">Nom</label><input id="n" name="lastName"><label for="v">Ville</label><input id="v" name="city">
      <button type="submit">Réserver</button></form>`);
    expect(categoryOf('#m')).toBe('none');
  });
});

describe('password reset and log-in forms with a second action', () => {
  it('reads the only box of a « mot de passe oublié » form as the account identifier, not a newsletter e-mail', () => {
    mount(`<form><h2>Mot de passe oublié ?</h2><p>Saisissez l'adresse e-mail de votre compte pour réinitialiser votre mot de passe.</p>
      <label for="r">Adresse e-mail</label><input type="email" id="r" name="email"><button type="submit">Envoyer</button></form>
      <form><h2>Lettre d'information</h2><label for="n">Adresse e-mail</label><input type="email" id="n" name="email">
      <button type="submit">Envoyer</button></form>`);
    expect(categoryOf('#r')).toBe('credentials');
    expect(categoryOf('#n')).toBe('email');
  });

  it('does not take a « Créer un compte » button that only switches forms (type="button") for a sign-up action', () => {
    mount(`<form><label for="e">Adresse e-mail</label><input type="email" id="e" name="email">
      <input type="password" name="password"><button type="submit">Suivant</button>
      <button type="button">Créer un compte</button></form>
      <form><label for="s">Adresse e-mail</label><input type="email" id="s" name="email">
      <input type="password" name="password"><button type="submit">Créer un compte</button></form>`);
    expect(categoryOf('#e')).toBe('credentials');
    expect(categoryOf('#s')).toBe('email');
  });
});

describe('a box that takes a member number or the e-mail', () => {
  it('reads « N° d’adhérent ou adresse e-mail » and « Member number / Email address » as the login', () => {
    mount(`<label for="a">Numéro d’adhérent ou adresse e-mail</label><input id="a" name="ident">
      <label for="b">N° client ou e-mail</label><input id="b" name="x">
      <input id="c" name="kfNumber" aria-label="KrisFlyer number / Email Address" placeholder="KrisFlyer number / Email Address">`);
    expect(categoryOf('#a')).toBe('credentials');
    expect(categoryOf('#b')).toBe('credentials');
    expect(categoryOf('#c')).toBe('credentials');
  });
});

describe('social sign-in buttons, JSON-style names, contact persons', () => {
  it('does not take « Sign in with Google » for the action of a sign-up form, nor drop « Se connecter avec mot de passe »', () => {
    mount(`<form><label for="e">E-mail</label><input type="email" id="e" name="email">
      <input type="password" name="password"><button type="submit">Sign up</button>
      <button type="button">Sign in with Google</button></form>
      <form><input type="tel" id="t" placeholder="Téléphone"><input type="password" placeholder="Mot de passe">
      <button>Se connecter avec mot de passe</button></form>`);
    expect(categoryOf('#e')).toBe('email');
    expect(categoryOf('#t')).toBe('credentials');
  });

  it('reads `name.first` / `traits.name.last` and « Personne à contacter » as names', () => {
    mount(`<input id="f" name="traits.name.first"><input id="l" name="traits.name.last">
      <label for="c">Personne à contacter</label><input id="c" name="contact">`);
    expect(categoryOf('#f')).toBe('identity_name');
    expect(categoryOf('#l')).toBe('identity_name');
    expect(categoryOf('#c')).toBe('identity_name');
  });
});

describe('new mailbox names', () => {
  it('reads the box before « @domaine.fr » as the login of the new account, or as the address when it says mail', () => {
    mount(`<label for="l">Adresse souhaitée</label><input type="text" id="l" name="login" placeholder="prenom.nom"><span>@exemple-mail.fr</span>
      <label for="b">Choisissez votre adresse</label><div><input type="text" id="b" name="mailboxName" placeholder="prenom.nom">
      <span class="suffix">@exemple.net</span></div>
      <label for="m">Your new address</label><input type="text" id="m" name="m_U" placeholder="Your member name"> @example.com`);
    expect(categoryOf('#l')).toBe('credentials');
    expect(categoryOf('#b')).toBe('email');
    expect(categoryOf('#m')).toBe('credentials');
  });

  it('does not take a box followed by other text for a mailbox name', () => {
    mount(`<label for="r">Rue</label><input type="text" id="r" name="rue"><span>Écrivez à contact@exemple.fr</span>`);
    expect(categoryOf('#r')).toBe('postal_address');
  });
});

describe('card and account fields', () => {
  it('reads a bare box captioned « MM/AAAA » or « MM-YYYY » as the card expiry, and « JJ/MM/AAAA » as a date', () => {
    mount(`<div><span>Numéro de carte</span><input id="n"></div><div><span>MM/AAAA</span><input id="e"></div>
      <div><span>MM-YYYY</span><input id="y"></div>
      <div><span>Date de naissance</span></div><div><span>JJ/MM/AAAA</span><input id="b"></div>`);
    expect(categoryOf('#e')).toBe('bank');
    expect(categoryOf('#y')).toBe('bank');
    expect(categoryOf('#b')).not.toBe('bank');
  });

  it('does not read a whole date format (JJ/MM/AAAA, DD/MM/YY) as a card expiry or a birth date', () => {
    mount(`<label for="d">Date du virement</label><input id="d" name="dateExecution" placeholder="JJ/MM/AAAA">
      <label for="a">Arrival</label><input id="a" name="arrival" placeholder="DD/MM/YY">`);
    expect(categoryOf('#d')).toBe('none');
    expect(categoryOf('#a')).toBe('none');
  });

  it('reads « Date de fin de validité » as the card expiry', () => {
    mount(`<label for="v">Date de fin de validité</label><input id="v" name="dfv">`);
    expect(categoryOf('#v')).toBe('bank');
  });

  it('reads autocomplete cc-given-name as the card holder when the words say card, else as a name', () => {
    mount(`<label for="t">Titulaire de la carte</label><input id="t" name="prenom" autocomplete="cc-given-name">
      <label for="f">First name</label><input id="f" name="cardHolderFirstName" placeholder="First name on card" autocomplete="cc-given-name">
      <label for="p">Prénom</label><input id="p" name="prenom" autocomplete="cc-given-name">`);
    expect(categoryOf('#t')).toBe('bank');
    expect(categoryOf('#f')).toBe('bank');
    expect(categoryOf('#p')).toBe('identity_name');
  });

  it('reads the card holder\'s address as an address, not as the card', () => {
    mount(`<label for="a">Adresse du titulaire de la carte</label><input id="a" name="adresse">
      <label for="c">Card owner city</label><input id="c" name="checkoutCardHolderCity">
      <label for="n">Nom du titulaire de la carte</label><input id="n" name="titulaire">`);
    expect(categoryOf('#a')).toBe('postal_address');
    expect(categoryOf('#c')).toBe('postal_address');
    expect(categoryOf('#n')).toBe('bank');
  });

  it('reads a select of saved accounts shown as masked IBANs as bank', () => {
    mount(`<label for="b">Bénéficiaire</label><select id="b" name="compteCredit">
      <option value="">Sélectionnez un bénéficiaire</option><option>M. DUPONT JEAN — FR76 •••• 0912</option>
      <option>SCI LES TILLEULS — FR76 **** 3321</option></select>`);
    expect(categoryOf('#b')).toBe('bank');
  });
});

describe('a bare « Numéro » named by the field before it', () => {
  it('is the card number between the card holder and the expiry date', () => {
    mount(`<form><label for="c1">Nom complet du détenteur de la carte:</label> <input type="text" id="c1"><br>
      <label for="c2">Numéro:</label> <input type="text" id="c2"><br>
      <label for="c3">Date d'expiration:</label> <input type="text" id="c3"></form>`);
    expect(categoryOf('#c2')).toBe('bank');
  });

  it('is the house number after the street, and the document number after the document type (wrapped fields)', () => {
    mount(`<form><div class="form-group"><label for="r">Rue</label><input id="r"></div>
      <div class="form-group"><label for="n">N°</label><input id="n" size="4"></div>
      <div class="form-group"><label for="t">Type de pièce d'identité</label><select id="t"><option>Passeport</option></select></div>
      <div class="form-group"><label for="p">Numéro</label><input id="p"></div></form>`);
    expect(categoryOf('#n')).toBe('postal_address');
    expect(categoryOf('#p')).toBe('national_id');
  });

  it('reads the field before it when labels wrap their boxes', () => {
    mount(`<form><label>Rue <input name="c"></label> <label>Numéro <input name="d"></label></form>`);
    expect(categoryOf('input[name="d"]')).toBe('postal_address');
  });

  it('takes nothing from a field before it that a number cannot be of (a first name), nor reads a labelled number so', () => {
    mount(`<form><label for="f">Prénom</label><input id="f"><label for="n">Numéro</label><input id="n">
      <label for="s">Carte bancaire</label><input id="s"><label for="q">Nombre de places</label><input id="q" type="number"></form>`);
    expect(categoryOf('#n')).toBe('none');
    expect(categoryOf('#q')).toBe('none');
  });
});

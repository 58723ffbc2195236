// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyAll, classifyField } from '../../../lib/detect';

function mount(html: string): void {
  document.body.innerHTML = html;
}
function categoryOf(selector: string): string {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no element ${selector}`);
  return classifyField(el).category;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('classifyField: labels and hints', () => {
  it('reads label[for], wrapping labels, aria-label and placeholder, accent- and case-insensitively', () => {
    mount(`
      <label for="a">PRÉNOM</label><input id="a">
      <label>Numéro de téléphone <input id="b"></label>
      <input id="c" aria-label="Adresse électronique">
      <input id="d" placeholder="Code postal">`);
    expect(categoryOf('#a')).toBe('identity_name');
    expect(categoryOf('#b')).toBe('phone');
    expect(categoryOf('#c')).toBe('email');
    expect(categoryOf('#d')).toBe('postal_address');
  });

  it('follows aria-labelledby to text elsewhere in the page', () => {
    mount(`<h3 id="t">Numéro allocataire</h3><input id="x" name="f1" aria-labelledby="t">`);
    const result = classifyField(document.querySelector('#x') as Element);
    expect(result.category).toBe('national_id');
    expect(result.signals.some((s) => s.startsWith('aria:'))).toBe(true);
  });

  it('reads a DSFR hint text and its example value', () => {
    mount(`<div class="fr-input-group"><label class="fr-label" for="n">Identifiant
      <span class="fr-hint-text">Exemple : 1 85 05 78 006 084 91</span></label>
      <input class="fr-input" id="n" name="champ"></div>`);
    const result = classifyField(document.querySelector('#n') as Element);
    expect(result.category).toBe('national_id');
    expect(result.signals).toContain('hint-example→national_id');
  });

  it('splits camelCase / snake_case / glued identifiers', () => {
    mount(`<input id="x1" name="dateNaissance"><input id="x2" name="user_password_field" type="text">
      <input id="x3" name="codepostal"><input id="x4" name="input_parent_code2">`);
    expect(categoryOf('#x1')).toBe('birth');
    expect(categoryOf('#x2')).toBe('credentials');
    expect(categoryOf('#x3')).toBe('postal_address');
    // a short piece found by chance inside another word (`pa|rent`) does not count
    expect(categoryOf('#x4')).toBe('none');
  });

  it('uses nearby text for unlabelled fields in table layouts', () => {
    mount(`<table><tr><td>N° de sécurité sociale</td><td><input name="f"></td></tr></table>`);
    expect(categoryOf('input')).toBe('national_id');
  });
});

describe('classifyField: split fields', () => {
  it('classifies a date of birth in three boxes, unlabelled boxes taking the group legend', () => {
    mount(`<fieldset><legend>Date de naissance</legend><div>
      <input id="d" maxlength="2"><input id="m" maxlength="2"><input id="y" maxlength="4"></div></fieldset>`);
    expect(['#d', '#m', '#y'].map(categoryOf)).toEqual(['birth', 'birth', 'birth']);
  });

  it('classifies a NIR typed in two boxes (13 + 2) even without words', () => {
    mount(`<p>Saisissez les chiffres</p><div><input id="a" maxlength="13"><input id="b" maxlength="2"></div>`);
    expect(classifyField(document.querySelector('#b') as Element).signals).toContain('boxes:13-2→national_id');
    expect(categoryOf('#a')).toBe('national_id');
  });

  it('classifies an IBAN split in 4-character boxes', () => {
    mount(`<fieldset><legend>Vos coordonnées</legend><div>${'<input maxlength="4">'.repeat(6)}<input maxlength="3"></div></fieldset>`);
    const boxes = [...document.querySelectorAll('input')];
    expect(boxes.map((b) => classifyField(b).category)).toEqual(Array(7).fill('bank'));
  });

  it('treats one-character boxes as a one-time code', () => {
    mount(`<div>${'<input maxlength="1" inputmode="numeric">'.repeat(6)}</div>`);
    expect(categoryOf('input')).toBe('credentials');
  });

  it('tells a birth year select (past years) from a card expiry year select (future years)', () => {
    const now = new Date().getFullYear();
    const past = Array.from({ length: 80 }, (_, i) => `<option>${now - 10 - i}</option>`).join('');
    const future = Array.from({ length: 10 }, (_, i) => `<option>${now + i}</option>`).join('');
    mount(`<select id="p" name="annee"><option value="">Année</option>${past}</select>
      <select id="f" name="annee2"><option value="">Année</option>${future}</select>`);
    expect(categoryOf('#p')).toBe('birth');
    expect(categoryOf('#f')).toBe('bank');
  });
});

describe('classifyField: negative words and non-personal controls', () => {
  it('"nombre d’enfants" is situation but "nombre de personnes" in a search filter is none', () => {
    mount(`<label for="e">Nombre d’enfants à charge</label><input id="e" type="number">
      <form role="search"><label for="p">Nombre de personnes</label><input id="p" type="number"></form>`);
    expect(categoryOf('#e')).toBe('situation');
    expect(categoryOf('#p')).toBe('none');
  });

  it('search boxes, promo codes, captchas and opt-in checkboxes are none', () => {
    mount(`<input id="s" type="search" name="q"><label for="r">Rechercher</label><input id="r">
      <label for="promo">Code promo</label><input id="promo" name="code">
      <label for="cap">Recopiez les caractères de l'image</label><input id="cap">
      <input type="checkbox" id="nl"><label for="nl">J'accepte de recevoir la newsletter</label>`);
    for (const id of ['#s', '#r', '#promo', '#cap', '#nl']) expect(categoryOf(id)).toBe('none');
  });

  it('never flags hidden, submit or button inputs', () => {
    mount(`<input type="hidden" name="email"><input type="submit" value="Mot de passe oublié">`);
    expect(categoryOf('input[type=hidden]')).toBe('none');
    expect(categoryOf('input[type=submit]')).toBe('none');
  });

  it('"code postal" is an address, not a one-time code', () => {
    mount(`<label for="c">Code postal</label><input id="c" name="code">`);
    expect(categoryOf('#c')).toBe('postal_address');
  });
});

describe('classifyField: radio groups, French administrative vocabulary', () => {
  it('classifies radio buttons by their fieldset legend', () => {
    mount(`<fieldset><legend>Situation familiale</legend>
      <input type="radio" id="a" name="sf"><label for="a">Oui</label></fieldset>
      <fieldset><legend>Êtes-vous en situation de handicap ?</legend>
      <input type="radio" id="b" name="h"><label for="b">Oui</label></fieldset>
      <fieldset><legend>Civilité</legend><input type="radio" id="c" name="civ"><label for="c">Madame</label></fieldset>`);
    expect(categoryOf('#a')).toBe('situation');
    expect(categoryOf('#b')).toBe('health');
    expect(categoryOf('#c')).toBe('other_personal');
  });

  it('covers tax number, income, rent, incapacity rate and birth place', () => {
    mount(`<label for="a">Numéro fiscal</label><input id="a">
      <label for="b">Montant de vos revenus</label><input id="b">
      <label for="c">Loyer mensuel</label><input id="c">
      <label for="d">Taux d'incapacité</label><input id="d">
      <label for="e">Commune de naissance</label><input id="e">
      <label for="f">Nom de naissance</label><input id="f">`);
    expect(['#a', '#b', '#c', '#d', '#e', '#f'].map(categoryOf)).toEqual([
      'national_id', 'situation', 'situation', 'health', 'birth', 'identity_name',
    ]);
  });

  it('treats the e-mail box of a login form as the account identifier', () => {
    mount(`<form><input type="email" id="e" name="email"><input type="password" id="p">
      <button>Se connecter</button></form>
      <form><input id="n" name="nom"><input type="email" id="e2" name="email"><input type="password" name="pw1">
      <input type="password" name="pw2"><button>Créer mon compte</button></form>`);
    expect(categoryOf('#e')).toBe('credentials');
    expect(categoryOf('#e2')).toBe('email');
  });
});

describe('classifyAll', () => {
  it('classifies every control once and agrees with classifyField', () => {
    mount(`<form><label for="a">Prénom</label><input id="a"><label for="b">IBAN</label><input id="b">
      <select id="c"><option>1</option></select><textarea id="d"></textarea></form>`);
    const all = classifyAll(document);
    expect(all.size).toBe(4);
    for (const [el, result] of all) expect(result.category).toBe(classifyField(el).category);
    expect(all.get(document.querySelector('#b') as Element)?.category).toBe('bank');
  });

  it('finds the labels of the next step of a form that swaps its labels for as many new ones', () => {
    mount('<form id="step"><label for="q1">Rechercher</label><input id="q1"></form>');
    expect(classifyField(document.querySelector('#q1') as Element).category).toBe('none');
    // a single-page app replaces the step: same number of labels, new ids
    (document.querySelector('#step') as Element).innerHTML = '<label for="q2">Numéro de sécurité sociale</label><input id="q2">';
    const next = classifyField(document.querySelector('#q2') as Element);
    expect(next.category).toBe('national_id');
    expect(next.signals.some((signal) => signal.startsWith('label:'))).toBe(true);
  });

  it('classifies every control of a 2,000-control page (speed: npm run bench:detect)', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<label for="f${i}">Nom ${i}</label><input id="f${i}" name="n${i}">`);
    mount(`<form>${rows.join('')}</form>`);
    const all = classifyAll(document);
    expect(all.size).toBe(2000);
    expect([...all.values()].every((result) => result.category === 'identity_name')).toBe(true);
  });
});

describe('classifyField: login structure, card fields and anti-autofill tricks', () => {
  it('takes the box just before the only password of a login form as the login, whatever its label', () => {
    mount(`<form><label for="m">Your State University AccessID</label><input id="m" name="accessid">
      <input type="password" name="pin"><button>Log in</button></form>`);
    expect(categoryOf('#m')).toBe('credentials');
  });

  it('keeps an explicitly labelled NIR or postal code in a public-service login form', () => {
    mount(`<form><label for="n">Numéro de sécurité sociale</label><input id="n" name="nir" maxlength="13">
      <input type="password" name="mdp"><button>Se connecter</button></form>`);
    expect(categoryOf('#n')).toBe('national_id');
  });

  it('classifies a CVV typed in a password box as bank, and expiry month/year selects as bank', () => {
    const now = new Date().getFullYear();
    const years = Array.from({ length: 8 }, (_, i) => `<option value="${now + i}">${now + i}</option>`).join('');
    const months = Array.from({ length: 12 }, (_, i) => `<option>${String(i + 1).padStart(2, '0')}</option>`).join('');
    mount(`<form><input type="password" name="txtCVV" maxlength="4" id="cvv">
      <div><select id="em" name="monthexpire" aria-label="select month">${months}</select>
      <select id="ey" name="yearexpire" aria-label="select year">${years}</select></div></form>`);
    expect(categoryOf('#cvv')).toBe('bank');
    expect(categoryOf('#em')).toBe('bank');
    expect(categoryOf('#ey')).toBe('bank');
  });

  it('ignores autocomplete="new-password" on a box that is not a password (the anti-autofill trick)', () => {
    mount(`<label for="s">Street address</label><input id="s" name="addressLineOne" autocomplete="new-password">`);
    expect(categoryOf('#s')).toBe('postal_address');
  });

  it('lets a visible "username" label outvote a nickname-ish field name', () => {
    mount(`<label for="u">Choose your username</label><input id="u" name="registration[nickname]">`);
    expect(categoryOf('#u')).toBe('credentials');
  });

  it('does not let a styling class such as "fake-input" hide a birth date box', () => {
    mount(`<div><input name="day" class="fake-input birth-day" maxlength="2" placeholder="DD">
      <input name="month" class="fake-input birth-month" maxlength="2" placeholder="MM">
      <input name="year" class="fake-input birth-year" maxlength="4" placeholder="YYYY"></div>`);
    expect(categoryOf('input[name="month"]')).toBe('birth');
  });

  it('computes signals only when read, and keeps them when the result is spread', () => {
    mount(`<label for="e">E-mail</label><input id="e" type="email">`);
    const result = classifyField(document.querySelector('#e') as Element);
    expect({ ...result }.signals).toContain('type:email→email');
  });

  it('takes a card or membership number before the only password as the login of a bank or loyalty site', () => {
    mount(`<form><label for="c">Card number</label><input id="c" name="cardNumber" maxlength="19">
      <input type="password" name="pw"><button>Sign in</button></form>
      <form><label for="m">Numéro de carte de fidélité</label><input id="m" name="memberId">
      <input type="password" name="mdp"><button>Se connecter</button></form>`);
    expect(categoryOf('#c')).toBe('credentials');
    expect(categoryOf('#m')).toBe('credentials');
  });

  it('keeps a card number in a payment form whose only password box is the CVV', () => {
    mount(`<form><label for="c">Numéro de carte</label><input id="c" name="cardnumber">
      <label for="v">Cryptogramme</label><input type="password" id="v" name="cvv"><button>Payer</button></form>`);
    expect(categoryOf('#c')).toBe('bank');
  });

  it('does not promote an invisible unlabelled box to the login', () => {
    mount(`<form><input type="text" name="required_field_x" hidden><input id="u" name="login">
      <input type="password" name="pw"><button>Log in</button></form>`);
    expect(categoryOf('input[name="required_field_x"]')).toBe('none');
    expect(categoryOf('#u')).toBe('credentials');
  });

  it('reads "ID number" as weak, and a security code next to a 2FA name as a one-time code', () => {
    mount(`<form><label for="i">Student ID number</label><input id="i" name="sid">
      <input type="password" name="pw"><button>Log in</button></form>
      <div>Security code</div><input id="t" name="twofactor_token" type="tel">`);
    expect(categoryOf('#i')).toBe('credentials');
    expect(categoryOf('#t')).toBe('credentials');
  });

  it('reads "title" as civility on a select, not on a free text box; time zones are not addresses', () => {
    mount(`<label for="s">Title</label><select id="s" name="title"><option>Mr</option><option>Mrs</option></select>
      <label for="t">Title</label><input id="t" name="title">
      <label for="z">Time zone</label><select id="z" name="timezone">${'<option>Europe/Paris</option>'.repeat(200)}</select>`);
    expect(categoryOf('#s')).toBe('other_personal');
    expect(categoryOf('#t')).toBe('none');
    expect(categoryOf('#z')).toBe('none');
  });

  it('reads "identifiant ou adresse électronique" and "email or username" as the account identifier', () => {
    mount(`<label for="a">Identifiant ou adresse électronique</label><input id="a" name="login_email">
      <label for="b">Email or username</label><input id="b" name="email" placeholder="you@example.com">`);
    expect(categoryOf('#a')).toBe('credentials');
    expect(categoryOf('#b')).toBe('credentials');
  });

  it('keeps the e-mail of a sign-up form that has a user name box of its own, while a lone e-mail box is the login', () => {
    mount(`<form><label for="e">Email</label><input id="e" name="email" type="text">
      <label for="u">Create username</label><input id="u" name="username">
      <input type="password" name="password"><button>Continue</button></form>
      <form><label for="l">Email</label><input id="l" name="email" type="text">
      <input type="password" name="password"><button>Continue</button></form>`);
    expect(categoryOf('#e')).toBe('email');
    expect(categoryOf('#u')).toBe('credentials');
    expect(categoryOf('#l')).toBe('credentials');
  });

  it('reads only the last part of a JSF name: the form id before the colon names no field', () => {
    mount(`<form id="loginForm"><input name="loginForm:user" id="loginForm:user" aria-label="Username">
      <input type="password" name="loginForm:password"><input name="loginForm:clientCode" aria-label="Client reference">
      <input name="loginForm:courtId_focus" id="loginForm:courtId_focus"><button>Log in</button></form>`);
    expect(categoryOf('input[name="loginForm:courtId_focus"]')).toBe('none');
    expect(categoryOf('input[name="loginForm:user"]')).toBe('credentials');
  });

  it('reads a box that takes a phone or an e-mail, an e-mail or a user name, or an SSO ID as the login', () => {
    mount(`<input id="p" placeholder="Phone/Email">
      <label for="q">Email address or username</label><input id="q" name="email" placeholder="name@example.com">
      <input id="s" name="subject" aria-label="Enter SSO ID">`);
    expect(categoryOf('#p')).toBe('credentials');
    expect(categoryOf('#q')).toBe('credentials');
    expect(categoryOf('#s')).toBe('credentials');
  });

  it('looks past a required-field star for the words before an unlabelled box, but not past a currency sign', () => {
    mount(`<p>Login Name:<span class="required">*</span><br><label><input id="u" name="unix_name"></label></p>
      <div>Card payment</div><div><span>€</span></div><div><input id="a" name="txtAmount"></div>`);
    expect(categoryOf('#u')).toBe('credentials');
    expect(categoryOf('#a')).toBe('none');
  });

  it('finds labels added after a first classification on the same page', () => {
    mount(`<input id="late" name="x1"><label for="other">Nom</label><input id="other">`);
    expect(categoryOf('#other')).toBe('identity_name');
    document.body.insertAdjacentHTML('beforeend', '<label for="late">Code postal</label>');
    expect(categoryOf('#late')).toBe('postal_address');
  });
});

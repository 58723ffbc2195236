import { describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_SIGNUP_PATTERNS, isEmailSignup } from '../../../lib/reminders/email-signup';
import { parseSitePattern } from '../../../lib/policy/patterns';

describe('e-mail sign-up pages', () => {
  it('every default pattern compiles', () => {
    for (const p of DEFAULT_EMAIL_SIGNUP_PATTERNS) expect(parseSitePattern(p), p).toMatchObject({ ok: true });
  });

  it.each([
    'https://accounts.google.com/signup',
    'https://accounts.google.com/signup/v2/webcreateaccount?flowName=GlifWebSignIn&flowEntry=SignUp',
    'https://accounts.google.com/SignUp?hl=fr',
    'https://accounts.google.com/lifecycle/steps/signup/name?continue=https://mail.google.com',
    'https://signup.live.com/signup?lic=1',
    'https://login.yahoo.com/account/create?lang=fr-FR',
    'https://compte.laposte.net/inscription/index.do',
    'https://signup.gmx.fr/',
    'https://signup.gmx.com/#.1559516-header-signup1-1',
    'https://account.proton.me/signup?plan=free',
    'https://account.proton.me/mail/signup',
    'https://proton.me/mail/pricing',
    'https://subscribe.free.fr/accesgratuit/',
    'https://app.tuta.com/signup',
  ])('matches %s', (url) => {
    expect(isEmailSignup(url)).toBe(true);
  });

  it.each([
    'https://accounts.google.com/signin',
    'https://accounts.google.com/v3/signin/identifier',
    'https://mail.google.com/mail/u/0/',
    'https://login.live.com/login.srf',
    'https://outlook.live.com/mail/0/',
    'https://login.yahoo.com/',
    'https://www.laposte.net/accueil',
    'https://account.proton.me/login',
    'https://accounts.google.com@evil.com/signup',
    'https://accounts.google.com.evil.com/signup',
    'https://evil.com/accounts.google.com/signup',
    'http://signup.live.com.example.org/',
  ])('does not match %s', (url) => {
    expect(isEmailSignup(url)).toBe(false);
  });

  it('extra policy patterns extend the list; exclude silences', () => {
    const url = 'https://webmail.asso-exemple.fr/creer-un-compte';
    expect(isEmailSignup(url)).toBe(false);
    expect(isEmailSignup(url, { extra: ['*://webmail.asso-exemple.fr/creer*'] })).toBe(true);
    expect(isEmailSignup('https://signup.live.com/', { exclude: ['signup.live.com'] })).toBe(false);
  });
});

import { expect, helperEndsSession, helperStartsSession, test } from './fixtures';
import type { DriverPage } from './harness/driver';
import { realHostDriverOptions, startRealHostServer, type RealHostServer } from './harness/real-hosts';

// Served under the real host names (resolved to loopback by the browser), over https because several
// of these names are on the browsers' HSTS preload lists.
const SITES: Record<string, string> = {
  'www.caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation': 'reminders/sites/caf-simulation.html',
  'www.caf.fr/accueil': 'reminders/sites/spa-home.html',
  'www.service-public.fr/simulateur/calcul/AttestationHebergement': 'reminders/sites/sp-attestation.html',
  'accounts.google.com/signup': 'reminders/sites/email-signup.html',
};

let realSites: RealHostServer;
test.beforeAll(async () => {
  realSites = await startRealHostServer(SITES);
});
test.afterAll(async () => {
  await realSites?.close();
});
test.use({ driverOptions: realHostDriverOptions(SITES) });

const site = (hostAndPath: string) => realSites.siteUrl(hostAndPath);

async function reminders(page: DriverPage): Promise<{ kind: string; state?: string; top: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('parenthese-reminder')].map((host) => ({
      kind: (host as HTMLElement).dataset.testReminder ?? '',
      state: (host as HTMLElement).dataset.testState,
      top: host.getBoundingClientRect().top,
    })),
  );
}

async function waitForReminder(page: DriverPage, kind: string) {
  await page.waitForSelector(`parenthese-reminder[data-test-reminder="${kind}"]`, 10_000);
}

test.describe('reminders where the helper might over-promise', () => {
  test('simulator: banner with the four commitments, and a note near a result amount rendered later', async ({ ext }) => {
    const page = await ext.newPage();
    await page.goto(site('www.caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await reminders(page), 'outside a session nothing shows').toEqual([]);

    await helperStartsSession(ext);
    await waitForReminder(page, 'simulator');
    expect((await reminders(page)).find((r) => r.kind === 'simulator')?.state).toBe('expanded');
    // The static "jusqu'à 300 €" of the page is not a result: no note yet.
    expect((await reminders(page)).some((r) => r.kind === 'amount')).toBe(false);

    await page.click('#calculer');
    await waitForReminder(page, 'amount');
    const amountBottom = await page.evaluate(() => document.getElementById('montant')!.getBoundingClientRect().bottom);
    const note = (await reminders(page)).find((r) => r.kind === 'amount')!;
    expect(Math.abs(note.top - amountBottom)).toBeLessThan(40);

    await helperEndsSession(ext);
  });

  test('no banner on a service-public attestation generator under the simulator prefix', async ({ ext }) => {
    await helperStartsSession(ext);
    const page = await ext.newPage();
    await page.goto(site('www.service-public.fr/simulateur/calcul/AttestationHebergement'));
    // Same page, same session: the content script has answered once the bridge-free check below settles.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await reminders(page)).toEqual([]);
    await page.goto(site('www.caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation'));
    await waitForReminder(page, 'simulator');
    await helperEndsSession(ext);
  });

  test('single-page simulator: the banner appears after client-side navigation', async ({ ext }) => {
    await helperStartsSession(ext);
    const page = await ext.newPage();
    await page.goto(site('www.caf.fr/accueil'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await reminders(page)).toEqual([]);
    await page.click('#go');
    await waitForReminder(page, 'simulator');
    await helperEndsSession(ext);
  });

  test('email sign-up page: reminder to check the person can read it and about paper mail', async ({ ext }) => {
    await helperStartsSession(ext);
    const page = await ext.newPage();
    await page.goto(site('accounts.google.com/signup'));
    await waitForReminder(page, 'email');
    await helperEndsSession(ext);
    // Session over: the reminder goes away from the open page.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await reminders(page).catch(() => [])).length > 0) await new Promise((r) => setTimeout(r, 200));
    expect(await reminders(page).catch(() => [])).toEqual([]);
  });
});

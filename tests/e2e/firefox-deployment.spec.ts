import { rmSync } from 'node:fs';
import { FIREFOX_TEST_BUILD, freshDir } from './harness/paths';
import { expect, test, waitForPhase, type PrivacyView } from './fixtures';
import { FirefoxDriver, packXpi } from './harness/firefox';
import { canWriteMachinePolicy, writeMachinePolicy } from './harness/policy-files';

// Firefox only (see playwright.config.ts): how a structure deploys an unsigned build on Firefox ESR.
test('Firefox ESR installs the unsigned xpi from policies.json and Parenthèse runs with the structure settings', async ({ server }) => {
  if (!canWriteMachinePolicy()) throw new Error('This journey writes Firefox ESR policies.json: run it as root (CI does).');
  const xpiDir = freshDir('parenthese-xpi-');
  const xpi = packXpi(FIREFOX_TEST_BUILD, xpiDir);
  const restore = writeMachinePolicy(
    'firefox',
    { structureName: 'Médiathèque de test' },
    {
      Extensions: { Install: [`file://${xpi}`] },
      Preferences: { 'xpinstall.signatures.required': { Value: false, Status: 'locked' } },
    },
  );
  const ext = new FirefoxDriver(server.url('/bridge.html'), { installVia: 'policy' });
  try {
    await ext.launch();
    await expect.poll(async () => (await ext.bridge<{ settings: { structureName: string } }>('settings.effective')).settings.structureName, { timeout: 30_000 }).toBe('Médiathèque de test');
    await ext.bridge('session.start');
    await waitForPhase(ext, 'active');
    expect((await ext.bridge<PrivacyView>('privacy.get')).passwordSavingEnabled?.value).toBe(false);
    await ext.bridge('session.end');
    await waitForPhase(ext, 'idle');
  } finally {
    await ext.close();
    restore();
    rmSync(xpiDir, { recursive: true, force: true });
    rmSync(ext.profileDir, { recursive: true, force: true });
  }
});

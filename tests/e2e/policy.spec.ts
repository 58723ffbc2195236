import { CHROME_EXTENSION_ID } from '../../lib/ids';
import { expect, helperEndsSession, helperStartsSession, test, waitForPhase, type PrivacyView } from './fixtures';
import { ChromiumDriver } from './harness/chromium';
import { canWriteMachinePolicy, writeMachinePolicy } from './harness/policy-files';

interface EffectiveView {
  settings: Record<string, unknown>;
  locked: string[];
  problems: { key: string; code: string }[];
}

const STRUCTURE_POLICY = {
  structureName: 'France Services de Test',
  passwordSavingAlwaysOff: true,
  idleEndMinutes: 15,
  // One good and one bad pattern: the good one applies, the bad one is reported.
  keepSites: ['intranet.structure.example', 'javascript:alert(1)'],
};

test.describe('structure policy, from a real machine policy file', () => {
  test.beforeAll(() => {
    if (!canWriteMachinePolicy()) {
      throw new Error(
        'These journeys write /etc/chromium/policies/managed and Firefox ESR policies.json: run them as root (CI does).',
      );
    }
  });

  let restore: (() => void) | null = null;
  test.beforeEach(({ engine }) => {
    restore = writeMachinePolicy(engine, STRUCTURE_POLICY);
  });
  test.afterEach(() => {
    restore?.();
    restore = null;
  });

  test('managed values win, are locked, bad keys are reported, and behaviour follows', async ({ ext }) => {
    // Chromium may deliver machine policy a moment after the extension starts (then storage.onChanged 'managed').
    await expect.poll(async () => (await ext.bridge<EffectiveView>('settings.effective')).settings.structureName).toBe('France Services de Test');
    const effective = await ext.bridge<EffectiveView>('settings.effective');
    expect(effective.settings.idleEndMinutes).toBe(15);
    expect(effective.settings.keepSites).toEqual(['intranet.structure.example']);
    expect(effective.locked).toEqual(expect.arrayContaining(['structureName', 'passwordSavingAlwaysOff', 'idleEndMinutes', 'keepSites']));
    expect(effective.problems.map((p) => p.key)).toContain('keepSites[1]');

    // "Keep password saving off always": off outside any session, and still off after one.
    await expect.poll(async () => (await ext.bridge<PrivacyView>('privacy.get')).passwordSavingEnabled?.value).toBe(false);
    expect((await waitForPhase(ext, 'idle')).phase).toBe('idle');
    await helperStartsSession(ext);
    await helperEndsSession(ext);
    expect((await ext.bridge<PrivacyView>('privacy.get')).passwordSavingEnabled?.value).toBe(false);

    if (ext instanceof ChromiumDriver) {
      // The options page as the helper sees it: locked values with the value in force, and the problems listed.
      const page = await ext.newPlaywrightPage();
      await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
      const structure = page.getByTestId('setting-structureName');
      await expect(structure).toHaveAttribute('data-locked', 'true');
      await expect(structure).toContainText('Défini par votre structure');
      await expect(page.getByTestId('setting-structureName-input')).toHaveValue('France Services de Test');
      await expect(page.getByTestId('setting-structureName-input')).toBeDisabled();
      await expect(page.getByTestId('policy-problems')).toContainText('keepSites');
      await expect(page.getByTestId('setting-closeTabsAtEnd')).not.toHaveAttribute('data-locked', 'true');
      // The popup names the structure and says its policy had an error, instead of going blank.
      await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`);
      await expect(page.getByText('France Services de Test')).toBeVisible();
      await expect(page.getByTestId('popup-policy-problems')).toContainText('keepSites[1]');
    }
  });

  test('a browser policy that forbids password saving is reported as such, not faked', async ({ ext, engine }) => {
    restore?.();
    // Both browsers read the same policy name (Chrome enterprise policy and Firefox policies.json).
    restore = writeMachinePolicy(engine, {}, { PasswordManagerEnabled: false });
    await ext.relaunch();
    await helperStartsSession(ext);
    const status = await waitForPhase(ext, 'active');
    expect(status.guard.passwordSavingEnabled).toBe('already_off_by_policy');
    const privacy = await ext.bridge<PrivacyView>('privacy.get');
    expect(privacy.passwordSavingEnabled).toEqual({ value: false, levelOfControl: 'not_controllable' });
    await helperEndsSession(ext);
  });
});

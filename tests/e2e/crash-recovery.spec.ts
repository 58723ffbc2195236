import { expect, helperStartsSession, test, waitForPhase, type PrivacyView } from './fixtures';

test.describe('interrupted session', () => {
  test('browser killed mid-session: the next start ends the session and restores the settings', async ({ ext }) => {
    const before = await ext.bridge<PrivacyView>('privacy.get');
    await helperStartsSession(ext);
    expect((await ext.bridge<PrivacyView>('privacy.get')).passwordSavingEnabled?.value).toBe(false);

    // Browsers write their profile lazily; give them time so the kill tests recovery, not a lost write.
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    await ext.kill();
    await ext.relaunch();

    await waitForPhase(ext, 'idle');
    const report = await ext.bridge<{ reason: string; results: { step: string; ok: boolean }[] } | null>('session.lastReport');
    expect(report?.reason).toBe('interrupted');
    expect(report?.results.find((r) => r.step === 'privacy')?.ok).toBe(true);
    expect(await ext.bridge<PrivacyView>('privacy.get')).toEqual(before);
  });
});

import { expect, helperEndsSession, helperStartsSession, test, waitForPhase, type PrivacyView } from './fixtures';

test.describe('assisted session', () => {
  test('helper starts a session: password saving is off, and back as it was after the end', async ({ ext }) => {
    const before = await ext.bridge<PrivacyView>('privacy.get');
    expect(before.passwordSavingEnabled).toEqual({ value: true, levelOfControl: 'controllable_by_this_extension' });
    if (ext.browser === 'firefox') {
      // Firefox has no address/card autofill switches in the privacy API: nothing to guard, nothing to fake.
      expect(before.autofillAddressEnabled).toBeNull();
      expect(before.autofillCreditCardEnabled).toBeNull();
    }

    await helperStartsSession(ext);
    const during = await ext.bridge<PrivacyView>('privacy.get');
    expect(during.passwordSavingEnabled).toEqual({ value: false, levelOfControl: 'controlled_by_this_extension' });
    const status = await waitForPhase(ext, 'active');
    expect(status.guard.passwordSavingEnabled).toBe('guarded');
    if (ext.browser === 'chromium') {
      expect(during.autofillAddressEnabled?.value).toBe(false);
      expect(during.autofillCreditCardEnabled?.value).toBe(false);
      expect(status.guard.autofillAddressEnabled).toBe('guarded');
    } else {
      expect(status.guard.autofillAddressEnabled).toBe('unavailable');
    }

    await helperEndsSession(ext);
    const after = await ext.bridge<PrivacyView>('privacy.get');
    expect(after).toEqual(before);
    // The session record is gone: nothing of it stays in extension storage.
    const dump = await ext.bridge<{ local: Record<string, unknown> }>('storage.dump');
    expect(Object.keys(dump.local)).not.toContain('session.v1');
  });

  test('starting twice is refused and keeps the first session', async ({ ext }) => {
    await helperStartsSession(ext);
    const first = await waitForPhase(ext, 'active');
    const second = await ext.bridge<{ ok: boolean; error?: string; status: { startedAt: number } }>('session.start');
    expect(second.ok).toBe(false);
    expect(second.error).toBe('already_active');
    expect(second.status.startedAt).toBe(first.startedAt);
    await helperEndsSession(ext);
    const again = await ext.bridge<{ ok: boolean; error?: string }>('session.end');
    expect(again).toMatchObject({ ok: false, error: 'not_active' });
  });
});

import { expect, test, waitForPhase } from './fixtures';

// Chromium only (see playwright.config.ts): WebDriver BiDi cannot open moz-extension:// pages, so in Firefox
// the popup's requests are driven through the bridge and its rendering is covered by component tests.
test.describe('popup', () => {
  test('popup shows the state and asks before ending', async ({ ext }) => {
    const popup = await ext.openPopup();
    if (!popup) throw new Error('this journey needs a browser whose popup the harness can open');
    await popup.waitForSelector('[data-testid="session-state"][data-state="idle"]');
    await popup.click('[data-testid="start-session"]');
    await popup.waitForSelector('[data-testid="session-state"][data-state="active"]');
    await popup.click('[data-testid="end-session"]');
    // The first click only asks: the session is still running until the helper confirms.
    await popup.waitForSelector('[data-testid="confirm-end-session"]');
    expect((await waitForPhase(ext, 'active')).phase).toBe('active');
    await popup.click('[data-testid="cancel-end-session"]');
    expect((await waitForPhase(ext, 'active')).phase).toBe('active');
    await popup.click('[data-testid="end-session"]');
    await popup.click('[data-testid="confirm-end-session"]');
    await popup.waitForSelector('[data-testid="session-state"][data-state="idle"]');
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain("Démarrer l'accompagnement");
  });
});

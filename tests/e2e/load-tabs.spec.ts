import { expect, helperStartsSession, test, waitForPhase } from './fixtures';

const TABS = 200;

// Issue #9, load: a helper who never closes anything. 200 tabs of session sites at the end: all closed, the
// end page alone remains, and the report is clean.
test(`end session with ${TABS} open tabs closes every one of them`, async ({ ext, server }) => {
  test.setTimeout(600_000);
  await helperStartsSession(ext);
  for (let opened = 0; opened < TABS; opened += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, TABS - opened) }, async (_, i) => {
        const page = await ext.newPage();
        await page.goto(server.url(`/bridge.html?tab=${opened + i}`));
      }),
    );
  }
  const before = await ext.bridge<{ tabs: string[] }>('wipe.check', Date.now() - 3_600_000, ['127.0.0.1']);
  expect(before.tabs.length).toBeGreaterThanOrEqual(TABS);

  const started = Date.now();
  await ext.bridge('session.end');
  await waitForPhase(ext, 'idle', 300_000);
  console.log(`end session with ${TABS} tabs: ${Date.now() - started} ms`);

  const report = await ext.bridge<{ results: { step: string; ok: boolean }[] }>('session.lastReport');
  expect(report.results.filter((r) => !r.ok), JSON.stringify(report.results)).toEqual([]);
  const after = await ext.bridge<{ tabs: string[] }>('wipe.check', started - 3_600_000, ['127.0.0.1']);
  // (The harness reopens its own bridge page for these checks; none of the session's tabs survives.)
  expect(after.tabs.filter((url) => url.includes('?tab='))).toEqual([]);
  expect(await ext.bridge<string[]>('wipe.endPageTabs')).toHaveLength(1);
});

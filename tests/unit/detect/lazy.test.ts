// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

describe('lib/detect load cost', () => {
  it('reads no word table when the module is loaded, and only the root buckets of the words it meets', async () => {
    const detect = await import('../../../lib/detect');
    const matcher = await import('../../../lib/detect/matcher');
    const { ROOT_BUCKETS } = await import('../../../lib/detect/phrase-table.generated');
    expect(matcher.rootBucketsRead()).toBe(0);
    document.body.innerHTML = '<label for="a">Code postal</label><input id="a">';
    expect(detect.classifyField(document.querySelector('#a') as Element).category).toBe('postal_address');
    const read = matcher.rootBucketsRead();
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(ROOT_BUCKETS.split("\n").length / 10);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

describe('lib/detect load cost', () => {
  it('builds the word tables on the first classification, not when the module is loaded', async () => {
    const detect = await import('../../../lib/detect');
    const matcher = await import('../../../lib/detect/matcher');
    expect(matcher.tablesBuilt()).toBe(false);
    document.body.innerHTML = '<label for="a">Code postal</label><input id="a">';
    expect(detect.classifyField(document.querySelector('#a') as Element).category).toBe('postal_address');
    expect(matcher.tablesBuilt()).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { itemsFromResults, toStepResults } from '../../../lib/wipe/report';
import { KeepList, siteOf } from '../../../lib/wipe/sites';
import { baseName } from '../../../lib/wipe/wipe';

describe('sites', () => {
  it('keeps the origin only: no path, no query, no fragment; non-web schemes are not sites', () => {
    expect(siteOf('https://www.caf.fr/mon-compte/dossier?numero=1234567#x')).toBe('https://www.caf.fr');
    expect(siteOf('http://127.0.0.1:8080/wipe/login?u=personne')).toBe('http://127.0.0.1:8080');
    for (const url of ['about:blank', 'chrome-extension://abc/popup.html', 'moz-extension://x/y', 'file:///home/a.pdf', 'data:text/html,x', 'nonsense'])
      expect(siteOf(url)).toBeNull();
  });

  it('keep-list: bare hosts include subdomains, match patterns honour their scheme', () => {
    const keep = new KeepList(['caf.fr', 'https://intranet.structure.fr/*', '  ', 'not a host!']);
    expect(keep.keeps('https://www.caf.fr')).toBe(true);
    expect(keep.keeps('http://caf.fr')).toBe(true);
    expect(keep.keeps('https://fakecaf.fr')).toBe(false);
    expect(keep.keeps('https://intranet.structure.fr')).toBe(true);
    expect(keep.keeps('http://intranet.structure.fr')).toBe(false);
    expect(keep.excludeOrigins(['https://intranet.structure.fr', 'https://impots.gouv.fr'])).toContain('https://intranet.structure.fr');
    expect(new KeepList([]).empty).toBe(true);
  });

  it('a file is named by its base name only', () => {
    expect(baseName('/home/aidant/Téléchargements/avis.pdf')).toBe('avis.pdf');
    expect(baseName('C:\\Users\\Accueil\\Downloads\\scan.pdf')).toBe('scan.pdf');
  });
});

describe('report', () => {
  it('round-trips outcomes to end-step results and back, with codes only', () => {
    const results = toStepResults([
      { item: 'history', status: 'ok', check: 'verified', details: [] },
      { item: 'files', status: 'failed', check: 'api_only', retried: true, details: ['file:avis.pdf'] },
      { item: 'passwords', status: 'skipped', details: ['setting'] },
    ]);
    expect(results).toEqual([
      { step: 'wipe.history', ok: true, details: ['status:ok', 'check:verified'] },
      { step: 'wipe.files', ok: false, details: ['status:failed', 'check:api_only', 'retried', 'file:avis.pdf'] },
      { step: 'wipe.passwords', ok: true, details: ['status:skipped', 'setting'] },
    ]);
    const views = itemsFromResults([{ step: 'privacy', ok: true, details: [] }, ...results]);
    expect(views.map((v) => [v.item, v.status, v.retried])).toEqual([
      ['privacy', 'ok', false],
      ['history', 'ok', false],
      ['files', 'failed', true],
      ['passwords', 'skipped', false],
    ]);
    expect(views[2]!.files).toEqual(['avis.pdf']);
  });
});

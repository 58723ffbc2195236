import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../../lib/ids';
import { isSettingKey, mergeSettings, parsePolicy, settingDef } from '../../../lib/policy';

const root = new URL('../../../', import.meta.url);
const read = (rel: string) => readFileSync(new URL(rel, root), 'utf8');

/** Minimal .reg reader for the 3rdparty subtree, converting like Chrome does (by the schema's type). */
function readRegPolicy(reg: string, base: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let section = '';
  for (const raw of reg.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';')) continue;
    const sec = /^\[(-?)(.*)\]$/.exec(line);
    if (sec) {
      section = sec[1] ? '' : sec[2]!;
      continue;
    }
    if (!section.startsWith(base)) continue;
    const sub = section.slice(base.length).replace(/^\\/, '');
    const m = /^"([^"]+)"=(?:dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)")$/i.exec(line);
    if (!m) throw new Error(`unparsed .reg line: ${line}`);
    const [, name, dword, str] = m;
    const value: number | string = dword !== undefined ? parseInt(dword, 16) : str!.replace(/\\(.)/g, '$1');
    if (sub === '') {
      const kind = isSettingKey(name!) ? settingDef(name!).kind : 'unknown';
      out[name!] = kind === 'boolean' ? value === 1 : value;
    } else {
      if (!isSettingKey(sub)) throw new Error(`unknown subkey ${sub}`);
      const def = settingDef(sub);
      if (def.kind === 'patternList' || def.kind === 'enumList') ((out[sub] ??= []) as unknown[]).push(value);
      else ((out[sub] ??= {}) as Record<string, unknown>)[name!] = def.kind === 'flags' ? value === 1 : value;
    }
  }
  return out;
}

describe('admin kit example policies', () => {
  it('policy/chrome/parenthese.json force-installs and its 3rdparty settings parse cleanly', () => {
    const p = JSON.parse(read('policy/chrome/parenthese.json'));
    expect(p.ExtensionSettings[CHROME_EXTENSION_ID].installation_mode).toBe('force_installed');
    expect(p.ExtensionSettings[CHROME_EXTENSION_ID].update_url).toMatch(/^https:\/\//);
    const settings = p['3rdparty'].extensions[CHROME_EXTENSION_ID];
    const r = parsePolicy(settings);
    expect(r.problems).toEqual([]);
    expect(Object.keys(r.values).length).toBeGreaterThan(10);
  });

  it('policy/chrome/complementaires.json is valid JSON with the recommended policies', () => {
    const p = JSON.parse(read('policy/chrome/complementaires.json'));
    expect(p.PasswordManagerEnabled).toBe(false);
    expect(p.AutofillAddressEnabled).toBe(false);
    expect(p.AutofillCreditCardEnabled).toBe(false);
    expect(p.AllowDeletingBrowserHistory).toBe(true);
  });

  it('policy/firefox/policies.json force-installs and its 3rdparty settings parse cleanly', () => {
    const p = JSON.parse(read('policy/firefox/policies.json')).policies;
    expect(p.ExtensionSettings[GECKO_ID].installation_mode).toBe('force_installed');
    expect(p.ExtensionSettings[GECKO_ID].install_url).toMatch(/^https:\/\//);
    const r = parsePolicy(p['3rdparty'].Extensions[GECKO_ID]);
    expect(r.problems).toEqual([]);
  });

  it('policy/chrome/windows.reg holds the same settings and parses cleanly', () => {
    const reg = read('policy/chrome/windows.reg');
    expect(reg.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect([...reg].every((c) => c.charCodeAt(0) < 128), '.reg must stay ASCII (or be saved as UTF-16)').toBe(true);
    const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`;
    const settings = readRegPolicy(reg, base);
    const r = parsePolicy(settings);
    expect(r.problems).toEqual([]);
    const chrome = JSON.parse(read('policy/chrome/parenthese.json'))['3rdparty'].extensions[CHROME_EXTENSION_ID];
    // Same effective settings as the JSON example (empty lists are simply left out of the .reg).
    expect(mergeSettings({ managed: r.values }).settings).toEqual(mergeSettings({ managed: parsePolicy(chrome).values }).settings);
    // ExtensionSettings is a JSON string value.
    const es = /^"ExtensionSettings"="(.*)"\r?$/m.exec(reg);
    expect(JSON.parse(es![1]!.replace(/\\(.)/g, '$1'))[CHROME_EXTENSION_ID].installation_mode).toBe('force_installed');
  });
});

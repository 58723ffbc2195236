import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../lib/policy';
import { editableKeys, fromDraftValue, refreshDraft, toDraft, validateDraft, valuesToSave } from '../../../lib/policy/form';

describe('options form helpers', () => {
  it('round-trips the defaults through the draft', () => {
    const v = validateDraft(toDraft(defaultSettings()), defaultSettings());
    expect(v.ok).toBe(true);
    expect(v.values).toEqual(DEFAULT_SETTINGS);
  });

  it('validates numbers with the schema limits', () => {
    expect(fromDraftValue('idleEndMinutes', '30').value).toBe(30);
    expect(fromDraftValue('idleEndMinutes', '241').errors[0]?.code).toBe('out_of_range');
    expect(fromDraftValue('idleEndMinutes', '').errors[0]?.code).toBe('wrong_type');
    expect(fromDraftValue('idleEndMinutes', '2.5').errors[0]?.code).toBe('wrong_type');
  });

  it('reports invalid patterns with their line number, ignoring blank lines', () => {
    const r = fromDraftValue('keepSites', 'caf.fr\n\n  \n.*\nmsa.fr\nhttps://x.fr:8080/*');
    expect(r.value).toBeUndefined();
    expect(r.errors.map((e) => [e.line, e.detail])).toEqual([
      [4, 'all_hosts'],
      [6, 'port_not_allowed'],
    ]);
    expect(fromDraftValue('keepSites', ' caf.fr \nMSA.fr\n').value).toEqual(['caf.fr', 'msa.fr']);
  });

  it('cleans invisible characters without blocking', () => {
    expect(fromDraftValue('structureName', 'CCAS\u202e de Lyon')).toEqual({ value: 'CCAS de Lyon', errors: [] });
  });

  it('saves only editable keys that differ from the defaults', () => {
    const values = { ...defaultSettings(), idleEndMinutes: 10, structureName: 'X', helperCanChangeSettings: false };
    expect(valuesToSave(values, [])).toEqual({ idleEndMinutes: 10, structureName: 'X' });
    expect(valuesToSave(values, ['structureName'])).toEqual({ idleEndMinutes: 10 });
    expect(valuesToSave(values, [], false)).toEqual({});
    expect(editableKeys([], true)).not.toContain('helperCanChangeSettings');
  });

  it('refreshDraft follows locked values and keeps the helper’s edits', () => {
    const draft = { ...toDraft(defaultSettings()), idleEndMinutes: '15', structureName: 'brouillon' };
    const settings = { ...defaultSettings(), structureName: 'Structure' };
    const next = refreshDraft(draft, settings, ['structureName'], true);
    expect(next.structureName).toBe('Structure');
    expect(next.idleEndMinutes).toBe('15');
    expect(refreshDraft(draft, settings, [], false).idleEndMinutes).toBe('0');
  });
});

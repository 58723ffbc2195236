// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsView } from '../../../components/options/OptionsView';
import { OptionsApp } from '../../../entrypoints/options/OptionsApp';
import { mergeLocale } from '../../../lib/i18n/catalog';
import { loadEffectiveSettings, type SettingsAdapter } from '../../../lib/policy';
import { toDraft } from '../../../lib/policy/form';

// jsdom environment: import.meta.url is not a file URL here; vitest runs from the repository root.
const messages = mergeLocale(process.cwd(), 'fr');

/** French getMessage with Chrome's named placeholders ($NAME$ → $1 → substitution). */
function getMessage(name: string, subs?: string | string[]): string {
  const m = messages[name];
  if (!m) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, ph: string) => {
    const content = m.placeholders?.[ph.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? '');
  });
}

function adapter(managed: unknown, local?: unknown): SettingsAdapter & { written: unknown[] } {
  const written: unknown[] = [];
  return {
    written,
    readManaged: async () => managed,
    readLocal: async () => local,
    writeLocal: async (v) => {
      written.push(v);
    },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr');
});
afterEach(cleanup);

describe('OptionsView', () => {
  it('shows a locked field disabled with the badge, and the problems banner', async () => {
    const eff = await loadEffectiveSettings(adapter({ idleEndMinutes: 20, wipeScope: 'partout', keepSites: ['caf.fr', '.*'], bogus: 1 }));
    render(<OptionsView effective={eff} draft={toDraft(eff.settings)} errors={{}} status="idle" onChange={() => {}} onSave={() => {}} />);

    const field = screen.getByTestId('setting-idleEndMinutes');
    expect(field.getAttribute('data-locked')).toBe('true');
    expect(within(field).getByText('Défini par votre structure')).toBeTruthy();
    const input = within(field).getByTestId('setting-idleEndMinutes-input') as HTMLInputElement;
    expect(input.disabled).toBe(true);
    expect(input.value).toBe('20');

    const free = screen.getByTestId('setting-closeTabsAtEnd');
    expect(free.getAttribute('data-locked')).toBeNull();
    expect((within(free).getByTestId('setting-closeTabsAtEnd-input') as HTMLInputElement).disabled).toBe(false);

    const banner = screen.getByTestId('policy-problems');
    expect(banner.textContent).toContain('La configuration de votre structure contient des erreurs');
    expect(banner.textContent).toContain('Ces réglages ont été ignorés');
    expect(banner.textContent).toContain('Étendue de l’effacement (wipeScope)');
    expect(banner.textContent).toContain('valeur non reconnue (valeurs possibles : session, all)');
    expect(banner.textContent).toContain('keepSites[1]');
    expect(banner.textContent).toContain('bogus : ce réglage n’existe pas.');
    expect(within(banner).getAllByRole('listitem')).toHaveLength(3);
  });

  it('has no banner without problems, and is entirely read-only when the helper may not change settings', async () => {
    const eff = await loadEffectiveSettings(adapter({ helperCanChangeSettings: false }));
    render(<OptionsView effective={eff} draft={toDraft(eff.settings)} errors={{}} status="idle" onChange={() => {}} onSave={() => {}} />);
    expect(screen.queryByTestId('policy-problems')).toBeNull();
    expect(screen.getByTestId('settings-readonly').textContent).toContain('lecture seule');
    for (const el of document.querySelectorAll('input, select, textarea')) expect((el as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('save-settings') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('OptionsApp', () => {
  it('validates inline in French and saves only non-managed keys', async () => {
    const a = adapter({ structureName: 'France Services Figeac' }, { reviewBeforeSubmit: false });
    render(<OptionsApp adapter={a} />);
    const minutes = (await screen.findByTestId('setting-idleEndMinutes-input')) as HTMLInputElement;
    expect(screen.getByTestId('structure-name').textContent).toBe('Structure : France Services Figeac');

    fireEvent.change(minutes, { target: { value: '500' } });
    expect(screen.getByTestId('setting-idleEndMinutes-errors').textContent).toBe('La valeur doit être un nombre entier entre 0 et 240.');
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(screen.getByTestId('save-status').textContent).toBe('Corrigez les champs signalés avant d’enregistrer.');
    expect(a.written).toEqual([]);

    fireEvent.change(minutes, { target: { value: '30' } });
    fireEvent.change(screen.getByTestId('setting-keepSites-input'), { target: { value: 'caf.fr\n^caf' } });
    expect(screen.getByTestId('setting-keepSites-errors').textContent).toContain('Ligne 2 : caractères interdits');
    fireEvent.change(screen.getByTestId('setting-keepSites-input'), { target: { value: 'caf.fr' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Réglages enregistrés.'));
    expect(a.written).toEqual([{ idleEndMinutes: 30, keepSites: ['caf.fr'], reviewBeforeSubmit: false }]);
  });
});

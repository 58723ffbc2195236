// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EndPageView } from '../../../components/end-page/EndPageView';
import { mergeLocale } from '../../../lib/i18n/catalog';
import type { EndReport } from '../../../lib/session/controller';

const fr = mergeLocale(process.cwd(), 'fr');
function t(name: string, subs?: string | string[]): string {
  const m = fr[name];
  if (!m) return name;
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, ph: string) =>
    (m.placeholders?.[ph.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? ''),
  );
}

function report(results: EndReport['results']): EndReport {
  return { sessionId: 's1', reason: 'button', startedAt: 0, endedAt: 1, results, ok: results.every((r) => r.ok) };
}

afterEach(cleanup);

describe('end page', () => {
  it('all ✓: says nothing was kept', () => {
    render(
      <EndPageView
        report={report([
          { step: 'privacy', ok: true, details: [] },
          { step: 'wipe.history', ok: true, details: ['status:ok'] },
          { step: 'wipe.cookies', ok: true, details: ['status:ok'] },
        ])}
        unavailable={false}
        interrupted={false}
        clipboard="ok"
        t={t}
        formatTime={() => '27/11 14:05'}
      />,
    );
    expect(screen.getByTestId('end-report').dataset.ok).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: "La session est terminée, rien n'a été conservé" })).toBeTruthy();
    expect(screen.getByTestId('wipe-item-cookies').dataset.status).toBe('ok');
    expect(screen.queryByTestId('end-interrupted')).toBeNull();
    expect(screen.getByTestId('end-card').textContent).toContain('Mot de passe oublié');
  });

  it('a ✗ shows the manual step and the files by name; an automatic end is explained', () => {
    render(
      <EndPageView
        report={report([
          { step: 'wipe.history', ok: true, details: ['status:ok'] },
          { step: 'wipe.files', ok: false, details: ['status:failed', 'retried', 'file:avis-imposition.pdf'] },
          { step: 'wipe.passwords', ok: true, details: ['status:skipped', 'setting'] },
        ])}
        unavailable={false}
        interrupted
        clipboard="failed"
        t={t}
        formatTime={() => '27/11 14:05'}
      />,
    );
    expect(screen.getByTestId('end-report').dataset.ok).toBe('false');
    expect(screen.getByRole('heading', { level: 2, name: 'La session est terminée' })).toBeTruthy();
    expect(screen.getByTestId('wipe-item-files').dataset.status).toBe('failed');
    expect(screen.getByTestId('wipe-files-left').textContent).toBe('avis-imposition.pdf');
    expect(screen.getByTestId('wipe-item-passwords').dataset.status).toBe('skipped');
    expect(screen.getByTestId('end-interrupted').textContent).toBe("L'accompagnement précédent a été fermé automatiquement (navigateur fermé ou arrêté).");
    expect(screen.getByTestId('wipe-item-clipboard').textContent).toContain('Copiez un mot sans importance');
  });

  it('files lost after a crash: the count and the session start for the manual step', () => {
    render(
      <EndPageView
        report={report([{ step: 'wipe.files', ok: false, details: ['status:failed', 'lost:2'] }])}
        unavailable={false}
        interrupted
        clipboard="ok"
        t={t}
        formatTime={() => '27/11 14:05'}
      />,
    );
    expect(screen.getByTestId('wipe-files-lost').textContent).toContain('2 fichier(s)');
    expect(screen.getByTestId('wipe-files-lost').textContent).toContain('27/11 14:05');
  });

  it('while the wipe runs: a waiting message, no report yet', () => {
    render(<EndPageView report={null} unavailable={false} interrupted={false} clipboard="pending" t={t} formatTime={() => ''} />);
    expect(screen.getByTestId('end-pending')).toBeTruthy();
    expect(screen.queryByTestId('end-report')).toBeNull();
  });
});

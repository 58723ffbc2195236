import type { EndReport } from '../../lib/session/controller';
import { itemsFromResults, type ReportItemView } from '../../lib/wipe/report';
import { Brand } from '../Brand';

export type ClipboardOutcome = 'pending' | 'ok' | 'failed';

export interface EndPageViewProps {
  /** null while the wipe is still running. */
  report: EndReport | null;
  /** The report never arrived (background unreachable). */
  unavailable: boolean;
  interrupted: boolean;
  clipboard: ClipboardOutcome;
  t: (key: string, subs?: string | string[]) => string;
  /** Formats the session's start (e.g. "27/11 à 14:05") for the manual steps. */
  formatTime: (epochMs: number) => string;
}

const ORDER = ['privacy', 'tabs', 'closedTabs', 'history', 'downloads', 'files', 'cookies', 'localStorage', 'indexedDB', 'cacheStorage', 'serviceWorkers', 'cache', 'formData', 'passwords'];

function labelKey(item: string) {
  return `endpage_item_${item}`;
}

function Item({ view, t, startTime }: { view: ReportItemView; t: EndPageViewProps['t']; startTime: string }) {
  const mark = view.status === 'ok' ? '✓' : view.status === 'failed' ? '✗' : '–';
  return (
    <li data-testid={`wipe-item-${view.item}`} data-status={view.status} className={`end-item end-${view.status}`}>
      <span className="end-mark" aria-hidden="true">
        {mark}
      </span>
      <div>
        <span className="sr-only">{t(`endpage_status_${view.status}`)} </span>
        <span>{t(labelKey(view.item))}</span>
        {view.status === 'skipped' && <p className="end-note">{t('endpage_skipped_by_setting')}</p>}
        {view.status === 'failed' && (
          <div className="end-manual">
            {view.lost > 0 ? (
              <p data-testid="wipe-files-lost">{t('endpage_manual_files_lost', [String(view.lost), startTime])}</p>
            ) : (
              <p>{t(`endpage_manual_${view.item}`)}</p>
            )}
            {view.files.length > 0 && (
              <ul data-testid="wipe-files-left">
                {view.files.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </li>
  );
}

export function EndPageView({ report, unavailable, interrupted, clipboard, t, formatTime }: EndPageViewProps) {
  const items = report
    ? itemsFromResults(report.results).sort((a, b) => ORDER.indexOf(String(a.item)) - ORDER.indexOf(String(b.item)))
    : [];
  const failed = items.some((i) => i.status === 'failed');
  const skipped = items.some((i) => i.status === 'skipped');
  const clean = Boolean(report) && !failed && !skipped;
  return (
    <main className="end-page">
      <Brand t={t} />
      {interrupted && (
        <p className="end-interrupted" data-testid="end-interrupted" role="note">
          {t('endpage_interrupted')}
        </p>
      )}
      {!report && !unavailable && (
        <p role="status" aria-live="polite" data-testid="end-pending">
          {t('endpage_pending')}
        </p>
      )}
      {unavailable && (
        <p className="error" role="alert">
          {t('endpage_unavailable')}
        </p>
      )}
      {report && (
        <section data-testid="end-report" data-ok={String(!failed)} aria-labelledby="end-title">
          <h2 id="end-title" className={clean ? 'end-title end-title-ok' : 'end-title'}>
            {clean ? t('endpage_title_clean') : t('endpage_title_done')}
          </h2>
          {failed && <p className="end-warning">{t('endpage_some_failed')}</p>}
          <ul className="end-list">
            {items.map((view) => (
              <Item key={String(view.item)} view={view} t={t} startTime={report ? formatTime(report.startedAt) : ''} />
            ))}
            <li data-testid="wipe-item-clipboard" data-status={clipboard} className={`end-item end-${clipboard === 'failed' ? 'failed' : 'ok'}`}>
              <span className="end-mark" aria-hidden="true">
                {clipboard === 'ok' ? '✓' : clipboard === 'failed' ? '✗' : '…'}
              </span>
              <div>
                <span>{t('endpage_item_clipboard')}</span>
                {clipboard === 'failed' && <p className="end-manual">{t('endpage_manual_clipboard')}</p>}
              </div>
            </li>
          </ul>
        </section>
      )}
      <section className="end-card" aria-labelledby="card-title" data-testid="end-card">
        <h2 id="card-title">{t('endpage_card_title')}</h2>
        <ul>
          <li>{t('endpage_card_password')}</li>
          <li>{t('endpage_card_forgot')}</li>
          <li>{t('endpage_card_two_step')}</li>
          <li>{t('endpage_card_rgpd')}</li>
        </ul>
      </section>
    </main>
  );
}

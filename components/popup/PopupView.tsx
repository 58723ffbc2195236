import type { GuardStatus, PrivacyKey } from '../../lib/session/record';
import { PRIVACY_KEYS } from '../../lib/session/record';
import type { SessionStatus } from '../../lib/session/controller';
import { Brand } from '../Brand';
import type { ConsentEntry } from '../../lib/consent/ledger';

export interface PopupViewProps {
  status: SessionStatus | null;
  confirmingEnd: boolean;
  busy: boolean;
  error: string | null;
  structureName?: string;
  /** Keys of the structure's policy that were wrong and ignored (never their values). */
  policyProblemKeys?: string[];
  onOpenSettings?(): void;
  now: number;
  t: (key: string, subs?: string | string[]) => string;
  formatTime: (epochMs: number) => string;
  onStart(): void;
  onAskEnd(): void;
  onCancelEnd(): void;
  onConfirmEnd(): void;
  /** The session's consents (issue #6): site, kind of data, answer, time — never a value. */
  consents?: ConsentEntry[];
  onWithdrawConsent?(id: string): void;
}

const GOOD: readonly GuardStatus[] = ['guarded', 'already_off_by_policy'];

export function PopupView(props: PopupViewProps) {
  const { status, t } = props;
  const phase = status?.phase ?? 'idle';
  const minutes = status?.startedAt ? Math.max(0, Math.floor((props.now - status.startedAt) / 60_000)) : 0;

  return (
    <main className="popup" aria-busy={props.busy}>
      <Brand structureName={props.structureName} t={t} />
      <div data-testid="session-state" data-state={phase} role="status" className={`state state-${phase}`}>
        {phase === 'idle' && <p>{t('popup_state_idle')}</p>}
        {phase === 'active' && status?.startedAt && (
          <p>{t('popup_state_active', [props.formatTime(status.startedAt), String(minutes)])}</p>
        )}
        {phase === 'ending' && <p>{t('popup_state_ending')}</p>}
      </div>

      {props.policyProblemKeys && props.policyProblemKeys.length > 0 && (
        <div className="policy-problems" role="alert" data-testid="popup-policy-problems">
          <p>{t('popup_policy_problems', [String(props.policyProblemKeys.length), props.policyProblemKeys.slice(0, 5).join(', ')])}</p>
          {props.onOpenSettings && (
            <button type="button" className="secondary" onClick={props.onOpenSettings}>
              {t('popup_open_settings')}
            </button>
          )}
        </div>
      )}

      {props.error && (
        <p className="error" role="alert">
          {t(props.error)}
        </p>
      )}

      {phase === 'idle' && (
        <button type="button" className="primary" data-testid="start-session" disabled={props.busy} onClick={props.onStart}>
          {t('popup_start')}
        </button>
      )}

      {phase === 'active' && status && (
        <>
          <section aria-labelledby="guarded-title">
            <h2 id="guarded-title">{t('popup_guarded_title')}</h2>
            <ul className="guard-list">
              {PRIVACY_KEYS.filter((key) => status.guard[key] && status.guard[key] !== 'unavailable').map((key) => (
                <GuardLine key={key} name={key} status={status.guard[key]!} t={t} />
              ))}
              <li className="guard-ok">{t('popup_guarded_wipe')}</li>
            </ul>
          </section>
          <ConsentList consents={props.consents ?? []} t={t} formatTime={props.formatTime} onWithdraw={props.onWithdrawConsent} />
          {!props.confirmingEnd ? (
            <button type="button" className="danger" data-testid="end-session" disabled={props.busy} onClick={props.onAskEnd}>
              {t('popup_end')}
            </button>
          ) : (
            <div className="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
              <h2 id="confirm-title">{t('popup_confirm_title')}</h2>
              <p id="confirm-text">{t('popup_confirm_text')}</p>
              <div className="row">
                <button type="button" className="danger" data-testid="confirm-end-session" autoFocus onClick={props.onConfirmEnd}>
                  {t('popup_confirm_yes')}
                </button>
                <button type="button" className="secondary" data-testid="cancel-end-session" onClick={props.onCancelEnd}>
                  {t('popup_confirm_no')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </main>
  );
}

function GuardLine({ name, status, t }: { name: PrivacyKey; status: GuardStatus; t: PopupViewProps['t'] }) {
  const ok = GOOD.includes(status);
  return (
    <li className={ok ? 'guard-ok' : 'guard-warn'} data-testid={`guard-${name}`} data-guard={status}>
      <span aria-hidden="true">{ok ? '✓ ' : '⚠ '}</span>
      {t('popup_label_value', [t(`guard_${name}`), t(`guard_status_${status}`)])}
    </li>
  );
}

function ConsentList(props: { consents: ConsentEntry[]; t: PopupViewProps['t']; formatTime: PopupViewProps['formatTime']; onWithdraw?: (id: string) => void }) {
  const { t } = props;
  return (
    <section aria-labelledby="consents-title" data-testid="consents">
      <h2 id="consents-title">{t('popup_consents_title')}</h2>
      {props.consents.length === 0 ? (
        <p>{t('popup_consents_empty')}</p>
      ) : (
        <ul className="consent-list">
          {props.consents.map((entry) => (
            <li key={entry.id} data-testid="consent-entry" data-answer={entry.answer}>
              <span>
                {entry.site} — {t('popup_label_value', [t(`consent_short_${entry.category}`), t(entry.answer === 'yes' ? 'popup_consent_yes' : 'popup_consent_no')])} ({props.formatTime(entry.at)})
              </span>{' '}
              {props.onWithdraw && (
                <button
                  type="button"
                  className="secondary"
                  data-testid="withdraw-consent"
                  aria-label={t('popup_consent_withdraw_label', [t(`consent_short_${entry.category}`), entry.site])}
                  onClick={() => props.onWithdraw?.(entry.id)}
                >
                  {t('popup_consent_withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { t } from '../../lib/i18n';

export function LockedBadge({ id }: { id?: string }) {
  return (
    <span className="locked-badge" id={id} data-testid="locked-badge">
      {/* A drawn padlock: the emoji is an empty box where no emoji font is installed (Debian, many kiosks). */}
      <svg className="locked-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="0.9em" height="0.9em">
        <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </svg>{' '}
      {t('options_locked_badge')}
    </span>
  );
}

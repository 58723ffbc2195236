import { t } from '../../lib/i18n';

export function LockedBadge({ id }: { id?: string }) {
  return (
    <span className="locked-badge" id={id} data-testid="locked-badge">
      <span aria-hidden="true">🔒 </span>
      {t('options_locked_badge')}
    </span>
  );
}

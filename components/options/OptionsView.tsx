import { t } from '../../lib/i18n';
import { SETTING_GROUPS, SETTING_KEYS, settingDef, type EffectiveSettings, type SettingKey } from '../../lib/policy';
import type { Draft, DraftValue, FieldError } from '../../lib/policy/form';
import { groupMessageKey } from '../../lib/policy/message-keys';
import { PolicyProblemsBanner } from './PolicyProblemsBanner';
import { SettingField } from './SettingField';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'invalid';

export interface OptionsViewProps {
  effective: EffectiveSettings;
  draft: Draft;
  errors: Partial<Record<SettingKey, readonly FieldError[]>>;
  status: SaveStatus;
  onChange: (key: SettingKey, value: DraftValue) => void;
  onSave: () => void;
}

/** The whole options page, presentational: props in, events out. */
export function OptionsView({ effective, draft, errors, status, onChange, onSave }: OptionsViewProps) {
  const locked = new Set(effective.locked);
  const readOnlyAll = !effective.helperCanChangeSettings;
  const structure = effective.settings.structureName;
  const statusText =
    status === 'saving'
      ? t('options_saving')
      : status === 'saved'
        ? t('options_saved')
        : status === 'error'
          ? t('options_save_error')
          : status === 'invalid'
            ? t('options_fix_errors')
            : '';

  return (
    <main className="options">
      <header>
        <h1>{t('options_title')}</h1>
        {structure ? <p className="structure" data-testid="structure-name">{t('options_structure', [structure])}</p> : null}
        <p>{t('options_intro')}</p>
      </header>

      <PolicyProblemsBanner problems={effective.problems} />

      {readOnlyAll ? (
        <section className="banner banner-readonly" data-testid="settings-readonly" role="note">
          <h2>{t('options_readonly_title')}</h2>
          <p>{t('options_readonly_text')}</p>
        </section>
      ) : null}

      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        {Object.keys(SETTING_GROUPS).map((group) => {
          const keys = SETTING_KEYS.filter((k) => settingDef(k).group === group);
          if (keys.length === 0) return null;
          return (
            <section key={group} className="group" aria-labelledby={`group-${group}`}>
              <h2 id={`group-${group}`}>{t(groupMessageKey(group))}</h2>
              {keys.map((key) => (
                <SettingField
                  key={key}
                  settingKey={key}
                  value={draft[key]}
                  locked={locked.has(key)}
                  readOnly={readOnlyAll || settingDef(key).policyOnly === true}
                  errors={errors[key]}
                  onChange={onChange}
                />
              ))}
            </section>
          );
        })}
        <div className="actions">
          <button type="submit" data-testid="save-settings" disabled={readOnlyAll || status === 'saving'}>
            {t('options_save')}
          </button>
          <p className={`status status-${status}`} role="status" aria-live="polite" data-testid="save-status">
            {statusText}
          </p>
        </div>
      </form>
    </main>
  );
}

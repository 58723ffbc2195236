import { useCallback, useEffect, useMemo, useState } from 'react';
import { OptionsView, type SaveStatus } from '../../components/options/OptionsView';
import { t } from '../../lib/i18n';
import {
  browserSettingsAdapter,
  loadEffectiveSettings,
  watchSettings,
  type EffectiveSettings,
  type SettingKey,
  type SettingsAdapter,
} from '../../lib/policy';
import {
  editableKeys,
  fromDraftValue,
  refreshDraft,
  toDraft,
  validateDraft,
  valuesToSave,
  type Draft,
  type DraftValue,
  type FieldError,
} from '../../lib/policy/form';

/** Wires storage to the presentational view: load, live policy updates, validation, save. */
export function OptionsApp({ adapter: given }: { adapter?: SettingsAdapter }) {
  const adapter = useMemo(() => given ?? browserSettingsAdapter(), [given]);
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<SettingKey, FieldError[]>>>({});
  const [status, setStatus] = useState<SaveStatus>('idle');

  useEffect(() => {
    let alive = true;
    void loadEffectiveSettings(adapter).then((eff) => {
      if (!alive) return;
      setEffective(eff);
      setDraft(toDraft(eff.settings));
    });
    const stop = watchSettings(
      (eff) => {
        setEffective(eff);
        setDraft((d) => (d ? refreshDraft(d, eff.settings, eff.locked, eff.helperCanChangeSettings) : toDraft(eff.settings)));
      },
      { adapter },
    );
    return () => {
      alive = false;
      stop();
    };
  }, [adapter]);

  const onChange = useCallback((key: SettingKey, value: DraftValue) => {
    setDraft((d) => (d ? { ...d, [key]: value } : d));
    const r = fromDraftValue(key, value);
    setErrors((e) => ({ ...e, [key]: r.errors.length ? r.errors : undefined }));
    setStatus('idle');
  }, []);

  const onSave = useCallback(() => {
    if (!effective || !draft || !effective.helperCanChangeSettings) return;
    const editable = editableKeys(effective.locked, effective.helperCanChangeSettings);
    const v = validateDraft(draft, effective.settings, editable);
    setErrors(v.errors);
    if (!v.ok) {
      setStatus('invalid');
      return;
    }
    setStatus('saving');
    const write = adapter.writeLocal?.(valuesToSave(v.values, effective.locked, effective.helperCanChangeSettings)) ?? Promise.resolve();
    write.then(
      () => setStatus('saved'),
      (e: unknown) => {
        console.error('Parenthèse: saving settings failed', e);
        setStatus('error');
      },
    );
  }, [adapter, draft, effective]);

  if (!effective || !draft) return <p className="loading">{t('options_loading')}</p>;
  return <OptionsView effective={effective} draft={draft} errors={errors} status={status} onChange={onChange} onSave={onSave} />;
}

import { useId, type ReactNode } from 'react';
import { t } from '../../lib/i18n';
import { settingDef, type SettingKey } from '../../lib/policy';
import type { DraftValue, FieldError } from '../../lib/policy/form';
import { settingChoiceMessageKey, settingMessageKey } from '../../lib/policy/message-keys';
import { LockedBadge } from './LockedBadge';
import { problemMessage } from './messages';

export interface SettingFieldProps {
  settingKey: SettingKey;
  value: DraftValue;
  /** Set by the structure's policy: read-only with the badge. */
  locked: boolean;
  /** Read-only for another reason (helper may not change settings, policy-only key). */
  readOnly: boolean;
  errors?: readonly FieldError[];
  onChange: (key: SettingKey, value: DraftValue) => void;
}

/** One setting, rendered from its catalog entry. Stable hooks: data-testid="setting-<key>", data-locked. */
export function SettingField({ settingKey: key, value, locked, readOnly, errors = [], onChange }: SettingFieldProps) {
  const def = settingDef(key);
  const uid = useId();
  const inputId = `${uid}-input`;
  const helpId = `${uid}-help`;
  const errId = `${uid}-errors`;
  const badgeId = `${uid}-badge`;
  const disabled = locked || readOnly;
  const label = t(settingMessageKey(key, 'label'));
  const describedBy = [helpId, locked ? badgeId : '', errors.length ? errId : ''].filter(Boolean).join(' ');
  const invalid = errors.length > 0 || undefined;
  const choice = (c: string) => t(settingChoiceMessageKey(key, c));
  const testId = `setting-${key}-input`;
  const composite = def.kind === 'enumList' || def.kind === 'flags' || def.kind === 'texts';

  let control: ReactNode;
  switch (def.kind) {
    case 'boolean':
      control = (
        <input
          id={inputId}
          type="checkbox"
          data-testid={testId}
          checked={value === true}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) => onChange(key, e.currentTarget.checked)}
        />
      );
      break;
    case 'integer':
      control = (
        <span className="with-unit">
          <input
            id={inputId}
            type="number"
            inputMode="numeric"
            data-testid={testId}
            min={def.min}
            max={def.max}
            step={1}
            value={String(value)}
            disabled={disabled}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange(key, e.currentTarget.value)}
          />{' '}
          {t(settingMessageKey(key, 'unit'))}
        </span>
      );
      break;
    case 'text':
      control = (
        <input
          id={inputId}
          type="text"
          data-testid={testId}
          maxLength={def.maxLength}
          value={String(value)}
          disabled={disabled}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(key, e.currentTarget.value)}
        />
      );
      break;
    case 'enum':
      control = (
        <select
          id={inputId}
          data-testid={testId}
          value={String(value)}
          disabled={disabled}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(key, e.currentTarget.value)}
        >
          {def.values.map((v) => (
            <option key={v} value={v}>
              {choice(v)}
            </option>
          ))}
        </select>
      );
      break;
    case 'patternList':
      control = (
        <>
          <textarea
            id={inputId}
            data-testid={testId}
            rows={Math.min(10, Math.max(3, String(value).split('\n').length + 1))}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            value={String(value)}
            disabled={disabled}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange(key, e.currentTarget.value)}
          />
          <p className="hint">{t('options_patterns_hint')}</p>
        </>
      );
      break;
    case 'enumList': {
      const selected = new Set(Array.isArray(value) ? (value as string[]) : []);
      control = (
        <ul className="choices">
          {def.values.map((v) => (
            <li key={v}>
              <label>
                <input
                  type="checkbox"
                  data-testid={`setting-${key}-${v}`}
                  checked={selected.has(v)}
                  disabled={disabled}
                  onChange={(e) => {
                    const next = new Set(selected);
                    if (e.currentTarget.checked) next.add(v);
                    else next.delete(v);
                    onChange(key, def.values.filter((x) => next.has(x)));
                  }}
                />{' '}
                {choice(v)}
              </label>
            </li>
          ))}
        </ul>
      );
      break;
    }
    case 'flags': {
      const flags = value as Record<string, boolean>;
      control = (
        <ul className="choices">
          {def.keys.map((k) => (
            <li key={k}>
              <label>
                <input
                  type="checkbox"
                  data-testid={`setting-${key}-${k}`}
                  checked={flags[k] === true}
                  disabled={disabled}
                  onChange={(e) => onChange(key, { ...flags, [k]: e.currentTarget.checked })}
                />{' '}
                {choice(k)}
              </label>
            </li>
          ))}
        </ul>
      );
      break;
    }
    case 'texts': {
      const texts = value as Record<string, string>;
      control = (
        <div className="texts">
          {def.keys.map((k) => (
            <label key={k} className="text-item">
              <span>{choice(k)}</span>
              <textarea
                data-testid={`setting-${key}-${k}`}
                rows={2}
                maxLength={def.maxLength}
                value={texts[k] ?? ''}
                disabled={disabled}
                onChange={(e) => onChange(key, { ...texts, [k]: e.currentTarget.value })}
              />
            </label>
          ))}
        </div>
      );
      break;
    }
  }

  const heading = (
    <>
      {label}
      {locked ? <> <LockedBadge id={badgeId} /></> : null}
    </>
  );

  return (
    <fieldset
      className={`setting setting-${def.kind}${locked ? ' is-locked' : ''}`}
      data-testid={`setting-${key}`}
      data-locked={locked ? 'true' : undefined}
      disabled={disabled}
      aria-describedby={composite ? describedBy : undefined}
    >
      {composite ? (
        <legend>{heading}</legend>
      ) : def.kind === 'boolean' ? (
        <div className="boolean-row">
          {control}
          <label htmlFor={inputId}>{heading}</label>
        </div>
      ) : (
        <label htmlFor={inputId} className="field-label">
          {heading}
        </label>
      )}
      <p className="help" id={helpId}>
        {t(settingMessageKey(key, 'help'))}
        {def.policyOnly ? <> {t('options_policy_only_note')}</> : null}
      </p>
      {def.kind !== 'boolean' ? control : null}
      {errors.length > 0 ? (
        <ul className="field-errors" id={errId} data-testid={`setting-${key}-errors`}>
          {errors.map((e, i) => (
            <li key={i}>{e.line ? t('options_line', [String(e.line), problemMessage(e)]) : problemMessage(e, true)}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

import { FormEvent, useId, useState } from 'react';
import { newCommandId } from '../api/command-id';
import { CONFIGURE_QUEUE } from '../api/routing-operations';
import { useApi } from '../auth/session-context';
import { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/messages';
import { FieldErrorText } from './field-error';
import { QueueSettingsErrors, QueueSettingsValues, validateQueueSettings, valuesOf } from './queue-settings-form';
import { QueueSettings, ROUTING_MODES } from './types';

type NumberField = 'offerTimeoutSeconds' | 'maxWaitSeconds' | 'returnAfterSeconds' | 'serviceLevelSeconds';
const NUMBER_FIELDS: Array<{ field: NumberField; label: MessageKey; help: MessageKey }> = [
  { field: 'offerTimeoutSeconds', label: 'qsOfferTimeout', help: 'qsOfferTimeoutHelp' },
  { field: 'maxWaitSeconds', label: 'qsMaxWait', help: 'qsMaxWaitHelp' },
  { field: 'returnAfterSeconds', label: 'qsReturnAfter', help: 'qsReturnAfterHelp' },
  { field: 'serviceLevelSeconds', label: 'qsServiceLevel', help: 'qsServiceLevelHelp' },
];

/** configureQueue for a new queue (`settings` null) or an existing one (its id fixed). One command id per form. */
export function QueueSettingsEditor({ settings, onSaved }: { settings: QueueSettings | null; onSaved: (saved: QueueSettings) => void }) {
  const { t } = useI18n();
  const { request } = useApi();
  const id = useId();
  const [commandId] = useState(newCommandId);
  const [values, setValues] = useState<QueueSettingsValues>(() => valuesOf(settings));
  const [errors, setErrors] = useState<QueueSettingsErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (change: Partial<QueueSettingsValues>) => setValues((current) => ({ ...current, ...change }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateQueueSettings(values);
    setErrors(checked.errors);
    if (!checked.input || busy) return;
    setBusy(true);
    setError(null);
    try {
      onSaved((await request(CONFIGURE_QUEUE, { input: { ...checked.input, commandId } })).configureQueue);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const text = (field: 'queueId' | 'name' | NumberField, label: MessageKey, help?: MessageKey, extra: { readOnly?: boolean; numeric?: boolean } = {}) => (
    <div className="field" key={field}>
      <label htmlFor={`${id}-${field}`}>{t(label)}</label>
      {help && <p className="hint" id={`${id}-${field}-help`}>{t(help)}</p>}
      <input id={`${id}-${field}`} name={field} value={values[field]} readOnly={extra.readOnly} inputMode={extra.numeric ? 'numeric' : undefined}
        aria-invalid={errors[field] ? true : undefined} aria-describedby={`${help ? `${id}-${field}-help ` : ''}${id}-${field}-error`}
        onChange={(event) => set({ [field]: event.target.value })} />
      <FieldErrorText id={`${id}-${field}-error`} error={errors[field]} />
    </div>
  );
  return (
    <form className="panel settings-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-form="queue-settings">
      <h2 id={`${id}-title`}>{settings ? t('qsEditTitle', { queue: settings.queueId }) : t('qsConfigure')}</h2>
      {text('queueId', 'qsQueueId', undefined, { readOnly: !!settings })}
      {text('name', 'qsName')}
      <fieldset>
        <legend>{t('qsRouting')}</legend>
        {ROUTING_MODES.map((mode) => (
          <label key={mode} className="radio-option">
            <input type="radio" name="routing" value={mode} checked={values.routing === mode} onChange={() => set({ routing: mode })} aria-describedby={`${id}-routing-${mode}`} />
            {t(`routing${mode}`)} <span className="hint" id={`${id}-routing-${mode}`}>{t(`qsRoutingHelp${mode}`)}</span>
          </label>
        ))}
      </fieldset>
      {NUMBER_FIELDS.map(({ field, label, help }) => text(field, label, help, { numeric: true }))}
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>{busy ? t('working') : t('save')}</button>
    </form>
  );
}

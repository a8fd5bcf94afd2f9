import { FormEvent, useId, useState } from 'react';
import { DialogFooter } from '../actions/dialog-footer';
import { newCommandId } from '../api/command-id';
import { SET_AGENT_CAPACITY } from '../api/routing-operations';
import { useApi } from '../auth/session-context';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../ui/dialog';
import { ErrorMessage } from '../ui/messages';
import { CAPACITY_LIMITS, capacityValuesOf, CapacityErrors, CapacityValues, validateCapacity } from './capacity-form';
import { FieldErrorText } from './field-error';
import { AgentLoad } from './types';

interface CapacityDialogProps {
  agent: AgentLoad;
  onClose: () => void;
  onDone: (agent: AgentLoad, message: string) => void;
}

/** The capacity editor: a total limit and per-channel limits (setAgentCapacity), one command id per dialog. */
export function CapacityDialog({ agent, onClose, onDone }: CapacityDialogProps) {
  const { t } = useI18n();
  const { request } = useApi();
  const id = useId();
  const [commandId] = useState(newCommandId);
  const [values, setValues] = useState<CapacityValues>(() => capacityValuesOf(agent));
  const [errors, setErrors] = useState<CapacityErrors>({ rows: [] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const setRow = (index: number, change: Partial<CapacityValues['channelLimits'][number]>) =>
    setValues((current) => ({ ...current, channelLimits: current.channelLimits.map((row, at) => (at === index ? { ...row, ...change } : row)) }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateCapacity(agent.id, values);
    setErrors(checked.errors);
    if (!checked.input || busy) return;
    setBusy(true);
    setError(null);
    try {
      const { setAgentCapacity } = await request(SET_AGENT_CAPACITY, { input: { ...checked.input, commandId } });
      onDone(setAgentCapacity, t('capacitySaved', { agent: agent.name }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const invalid = (message?: unknown) => (message ? true : undefined);
  return (
    <Dialog title={t('capacityTitle', { agent: agent.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-total`}>{t('capacityTotal')}</label>
          <p className="hint" id={`${id}-total-help`}>{t('capacityTotalHelp')}</p>
          <input id={`${id}-total`} inputMode="numeric" value={values.maxConversations} aria-invalid={invalid(errors.maxConversations)}
            aria-describedby={`${id}-total-help ${id}-total-error`} onChange={(event) => setValues({ ...values, maxConversations: event.target.value })} />
          <FieldErrorText id={`${id}-total-error`} error={errors.maxConversations} />
        </div>
        <fieldset className="channel-limits">
          <legend>{t('capacityChannels')}</legend>
          {values.channelLimits.map((row, index) => (
            <div className="channel-limit" key={index} data-channel-row={index}>
              <div className="field">
                <label htmlFor={`${id}-channel-${index}`}>{t('capacityChannel')}</label>
                <input id={`${id}-channel-${index}`} value={row.channel} aria-invalid={invalid(errors.rows[index]?.channel)}
                  aria-describedby={`${id}-channel-${index}-error`} onChange={(event) => setRow(index, { channel: event.target.value })} />
                <FieldErrorText id={`${id}-channel-${index}-error`} error={errors.rows[index]?.channel} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-max-${index}`}>{t('capacityChannelMax')}</label>
                <input id={`${id}-max-${index}`} inputMode="numeric" value={row.max} aria-invalid={invalid(errors.rows[index]?.max)}
                  aria-describedby={`${id}-max-${index}-error`} onChange={(event) => setRow(index, { max: event.target.value })} />
                <FieldErrorText id={`${id}-max-${index}-error`} error={errors.rows[index]?.max} />
              </div>
              <button type="button" className="small-button secondary danger" onClick={() => setValues({ ...values, channelLimits: values.channelLimits.filter((_, at) => at !== index) })}>
                {t('capacityRemoveChannel', { row: row.channel || String(index + 1) })}
              </button>
            </div>
          ))}
          <FieldErrorText id={`${id}-channels-error`} error={errors.channelLimits} />
          {values.channelLimits.length < CAPACITY_LIMITS.channels && (
            <button type="button" className="secondary" onClick={() => setValues({ ...values, channelLimits: [...values.channelLimits, { channel: '', max: '' }] })}>
              {t('capacityAddChannel')}
            </button>
          )}
        </fieldset>
        <ErrorMessage error={error} />
        <DialogFooter submitLabel={t('save')} disabled={false} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

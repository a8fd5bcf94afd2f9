import { FormEvent, useEffect, useId, useState } from 'react';
import { REASONS, TRANSFER } from '../api/operations';
import { TransferReason } from '../api/types';
import { useApi } from '../auth/session-context';
import { useI18n } from '../i18n/i18n';
import { conversationLabel } from '../ui/conversation-label';
import { Dialog } from '../ui/dialog';
import { ErrorMessage, Loading } from '../ui/messages';
import { NoteField, noteTooLong } from '../ui/note-field';
import { AgentPicker } from './agent-picker';
import { ActionDialogProps } from './assign-dialog';
import { CurrentState } from './conversation-state';
import { DialogFooter } from './dialog-footer';
import { useConversationCommand } from './use-conversation-command';

/** The active reasons, read each time the dialog opens so a retired one is never offered. */
function useActiveReasons(): { reasons: TransferReason[] | null; error: unknown } {
  const { request } = useApi();
  const [reasons, setReasons] = useState<TransferReason[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let cancelled = false;
    request(REASONS, { includeInactive: false })
      .then((data) => !cancelled && setReasons(data.transferReasons))
      .catch((failure) => !cancelled && setError(failure));
    return () => {
      cancelled = true;
    };
  }, [request]);
  return { reasons, error };
}

export function TransferDialog({ conversation: initial, agents, onClose, onDone }: ActionDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const command = useConversationCommand(initial);
  const { conversation } = command;
  const { reasons, error: reasonsError } = useActiveReasons();
  const [toAgentId, setToAgentId] = useState<string | null>(null);
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const actionable = conversation.status === 'ASSIGNED';
  const label = conversationLabel(conversation);
  const ready = !!toAgentId && !!reasonId && actionable && !noteTooLong(note);
  const reason = reasons?.find((candidate) => candidate.id === reasonId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const answer = await command.run(TRANSFER, (data) => data.transferConversation, { toAgentId, reasonId, note: note.trim() ? note : undefined });
    if (answer) onDone(answer, t('doneTransferred', { conversation: label, agent: answer.assignee?.name ?? toAgentId ?? '' }));
  };

  return (
    <Dialog title={t('transferTitle', { conversation: label })} onClose={onClose}>
      <form onSubmit={submit}>
        <AgentPicker agents={agents} queueId={conversation.queueId} excludeId={conversation.assignee?.id} value={toAgentId} onChange={setToAgentId} />
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('reason')}</label>
          {reasons === null && !reasonsError && <Loading />}
          <ErrorMessage error={reasonsError} />
          {reasons && reasons.length === 0 && <p className="error">{t('reasonsNone')}</p>}
          <select
            id={`${id}-reason`}
            name="reason"
            required
            value={reasonId}
            disabled={!reasons?.length}
            aria-describedby={`${id}-reason-help`}
            onChange={(event) => setReasonId(event.target.value)}
          >
            <option value="">{t('reasonPlaceholder')}</option>
            {reasons?.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
          <p className="hint" id={`${id}-reason-help`}>
            {reason?.description ?? (reasonId ? '' : t('reasonRequired'))}
          </p>
        </div>
        <NoteField label={t('noteOptional')} help={t('noteHelpTransfer')} value={note} onChange={setNote} />
        <ErrorMessage error={command.error} />
        {command.error ? <CurrentState conversation={conversation} actionable={actionable} /> : null}
        <DialogFooter submitLabel={t('actionTransfer')} disabled={!ready} busy={command.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

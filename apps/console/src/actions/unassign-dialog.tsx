import { FormEvent, useState } from 'react';
import { UNASSIGN } from '../api/operations';
import { useI18n } from '../i18n/i18n';
import { conversationLabel } from '../ui/conversation-label';
import { Dialog } from '../ui/dialog';
import { ErrorMessage } from '../ui/messages';
import { NoteField, noteTooLong } from '../ui/note-field';
import { ActionDialogProps } from './assign-dialog';
import { CurrentState } from './conversation-state';
import { DialogFooter } from './dialog-footer';
import { useConversationCommand } from './use-conversation-command';

export function UnassignDialog({ conversation: initial, onClose, onDone }: Omit<ActionDialogProps, 'agents'>) {
  const { t } = useI18n();
  const command = useConversationCommand(initial);
  const { conversation } = command;
  const [note, setNote] = useState('');
  const actionable = conversation.status === 'ASSIGNED';
  const label = conversationLabel(conversation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!actionable || noteTooLong(note)) return;
    const answer = await command.run(UNASSIGN, (data) => data.unassignConversation, { note: note.trim() ? note : undefined });
    if (answer) onDone(answer, t('doneUnassigned', { conversation: label }));
  };
  return (
    <Dialog title={t('unassignTitle', { conversation: label })} onClose={onClose}>
      <form onSubmit={submit}>
        <NoteField label={t('noteOptional')} value={note} onChange={setNote} />
        <ErrorMessage error={command.error} />
        {command.error ? <CurrentState conversation={conversation} actionable={actionable} /> : null}
        <DialogFooter submitLabel={t('actionUnassign')} disabled={!actionable || noteTooLong(note)} busy={command.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

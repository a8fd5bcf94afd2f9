import { FormEvent, useState } from 'react';
import { DialogFooter } from '../actions/dialog-footer';
import { useI18n } from '../i18n/i18n';
import { conversationLabel } from '../ui/conversation-label';
import { Dialog } from '../ui/dialog';
import { ErrorMessage } from '../ui/messages';
import { NoteField, noteTooLong } from '../ui/note-field';
import { OfferedConversation } from './types';

interface DeclineDialogProps {
  offer: OfferedConversation;
  busy: boolean;
  error: unknown;
  onDecline: (note: string) => void;
  onClose: () => void;
}

/** Declining with an optional note (at most 2000 characters, as for transfers). */
export function DeclineDialog({ offer, busy, error, onDecline, onClose }: DeclineDialogProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!noteTooLong(note)) onDecline(note);
  };
  return (
    <Dialog title={t('offerDeclineTitle', { conversation: conversationLabel(offer) })} onClose={onClose}>
      <form onSubmit={submit}>
        <NoteField label={t('noteOptional')} help={t('noteHelpDecline')} value={note} onChange={setNote} />
        <ErrorMessage error={error} />
        <DialogFooter submitLabel={t('offerDecline')} disabled={noteTooLong(note)} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

import { FormEvent, useState } from 'react';
import { ASSIGN } from '../api/operations';
import { Agent, Conversation } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { conversationLabel } from '../ui/conversation-label';
import { Dialog } from '../ui/dialog';
import { ErrorMessage } from '../ui/messages';
import { AgentPicker } from './agent-picker';
import { CurrentState } from './conversation-state';
import { DialogFooter } from './dialog-footer';
import { useConversationCommand } from './use-conversation-command';

export interface ActionDialogProps {
  conversation: Conversation;
  agents: Agent[];
  onClose: () => void;
  onDone: (conversation: Conversation, message: string) => void;
}

export function AssignDialog({ conversation: initial, agents, onClose, onDone }: ActionDialogProps) {
  const { t } = useI18n();
  const command = useConversationCommand(initial);
  const { conversation } = command;
  const [agentId, setAgentId] = useState<string | null>(null);
  // An OFFERED one too: a supervisor's assign withdraws the pending offer.
  const actionable = conversation.status === 'QUEUED' || conversation.status === 'OFFERED';
  const label = conversationLabel(conversation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!agentId || !actionable) return;
    const answer = await command.run(ASSIGN, (data) => data.assignConversation, { agentId });
    if (answer) onDone(answer, t('doneAssigned', { conversation: label, agent: answer.assignee?.name ?? agentId }));
  };
  return (
    <Dialog title={t('assignTitle', { conversation: label })} onClose={onClose}>
      <form onSubmit={submit}>
        <AgentPicker agents={agents} queueId={conversation.queueId} value={agentId} onChange={setAgentId} />
        <ErrorMessage error={command.error} />
        {command.error ? <CurrentState conversation={conversation} actionable={actionable} /> : null}
        <DialogFooter submitLabel={t('actionAssign')} disabled={!agentId || !actionable} busy={command.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

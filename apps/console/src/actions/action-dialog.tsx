import { Agent, Conversation } from '../api/types';
import { AssignDialog } from './assign-dialog';
import { TransferDialog } from './transfer-dialog';
import { UnassignDialog } from './unassign-dialog';

export type ActionKind = 'assign' | 'unassign' | 'transfer';

export interface PendingAction {
  kind: ActionKind;
  conversation: Conversation;
}

interface ActionDialogHostProps {
  action: PendingAction | null;
  agents: Agent[];
  onClose: () => void;
  onDone: (conversation: Conversation, message: string) => void;
}

/** The open dialog, if any; it mounts on open, so each opening gets its own command id. */
export function ActionDialogHost({ action, agents, onClose, onDone }: ActionDialogHostProps) {
  if (!action) return null;
  const props = { conversation: action.conversation, agents, onClose, onDone };
  switch (action.kind) {
    case 'assign':
      return <AssignDialog {...props} />;
    case 'unassign':
      return <UnassignDialog {...props} />;
    case 'transfer':
      return <TransferDialog {...props} />;
  }
}

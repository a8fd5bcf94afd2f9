import { Actor, mayReadNote } from '@handoff/domain';
import { TransferDocument } from '@handoff/projections';

/** A transfer as a resolver hands it on; `lastTransfer` adds who holds its conversation, which it already knows. */
export type TransferView = TransferDocument & { currentAssigneeId?: string | null };

export function transferOfConversation(conversation: { assigneeId: string | null; lastTransfer: TransferDocument | null }): TransferView | null {
  return conversation.lastTransfer ? { ...conversation.lastTransfer, currentAssigneeId: conversation.assigneeId } : null;
}

/**
 * The note as `caller` may read it (DESIGN: a note is for the agents it passed between and the one holding the
 * conversation), else null. The holder is looked up only when the transfer does not carry it and it decides.
 */
export async function noteFor(caller: Actor, transfer: TransferView, currentAssigneeOf: (conversationId: string) => Promise<string | null>): Promise<string | null> {
  if (transfer.note === null || mayReadNote(caller, transfer)) return transfer.note;
  if (transfer.currentAssigneeId !== undefined) return null;
  const currentAssigneeId = await currentAssigneeOf(transfer.conversationId);
  return mayReadNote(caller, { ...transfer, currentAssigneeId }) ? transfer.note : null;
}

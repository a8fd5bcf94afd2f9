import { Actor, hasAnyRole, Role } from '../shared/actor';

/**
 * The roles that read every note: those that supervise, trace or replay the transfers (DESIGN.md's matrix gives
 * them transferHistory, auditTrail or Conversation.history, where the notes are part of what they read).
 */
export const EVERY_NOTE_READERS: readonly Role[] = ['SUPERVISOR', 'ADMIN', 'ANALYST', 'AUDITOR'];

/** Who a note was written between: a transfer's source and target, an unassigned or declining agent as `fromAgentId`. */
export interface NoteParties {
  fromAgentId: string;
  toAgentId?: string | null;
  /** Who holds the conversation now; unknown (undefined) counts as nobody. */
  currentAssigneeId?: string | null;
}

/**
 * A note is written for the next agent and may hold personal data: an agent reads it only when it wrote it,
 * received it or holds the conversation now. Other roles (e.g. INTEGRATION) read no note.
 */
export function mayReadNote(caller: Actor, parties: NoteParties): boolean {
  if (hasAnyRole(caller, EVERY_NOTE_READERS)) return true;
  if (!caller.roles.includes('AGENT')) return false;
  return [parties.fromAgentId, parties.toAgentId, parties.currentAssigneeId].includes(caller.id);
}

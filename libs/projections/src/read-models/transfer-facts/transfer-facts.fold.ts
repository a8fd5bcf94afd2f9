import { ConversationEvent } from '@handoff/domain';

/**
 * What a conversation's past says about each of its transfers, as a pure fold over its events: whether it was
 * transferred before (a re-transfer), whether the receiving agent had already held it since it was opened (a
 * return to a previous holder: ping-pong), and which transfer still waits for its receiving agent's first reply.
 */
export interface TransferTrail {
  queueId: string;
  /** Every agent that held the conversation: assigned (an accepted offer included) or transferred to. */
  holders: string[];
  transfers: number;
  /** The latest transfer, while its receiving agent holds the conversation and has not replied yet. */
  awaitingReply: { factId: string; at: string } | null;
}

export interface TransferFact {
  conversationId: string;
  queueId: string;
  at: string;
  reasonId: string;
  fromAgentId: string;
  toAgentId: string;
  retransfer: boolean;
  returnToPreviousHolder: boolean;
}

export type TrailStep = { trail: TransferTrail | null; fact?: TransferFact; reply?: { factId: string; seconds: number } };

const secondsBetween = (fromIso: string, toIso: string): number => Math.max(0, (Date.parse(toIso) - Date.parse(fromIso)) / 1000);

/**
 * `factId` names the transfer this event would record. A reply counts for a transfer only while the receiving
 * agent still holds the conversation from it: once it moves on (transferred, unassigned, returned, closed), a
 * later reply answers someone else's hand-over.
 */
export function foldTrail(trail: TransferTrail | null, event: ConversationEvent, at: string, factId: string): TrailStep {
  if (event.type === 'ConversationOpened') {
    return { trail: { queueId: event.data.queueId, holders: [], transfers: 0, awaitingReply: null } };
  }
  if (!trail) return { trail };
  switch (event.type) {
    case 'ConversationAssigned': {
      const holders = trail.holders.includes(event.data.agentId) ? trail.holders : [...trail.holders, event.data.agentId];
      return { trail: { ...trail, holders, awaitingReply: null } };
    }
    case 'ConversationTransferred': {
      const { fromAgentId, toAgentId, reasonId, conversationId } = event.data;
      const fact: TransferFact = {
        conversationId, queueId: trail.queueId, at, reasonId, fromAgentId, toAgentId,
        retransfer: trail.transfers > 0,
        returnToPreviousHolder: trail.holders.includes(toAgentId),
      };
      const holders = [...new Set([...trail.holders, fromAgentId, toAgentId])];
      return { trail: { ...trail, holders, transfers: trail.transfers + 1, awaitingReply: { factId, at } }, fact };
    }
    case 'ConversationActivityRecorded':
      if (event.data.kind !== 'AGENT_REPLIED' || !trail.awaitingReply) return { trail };
      return {
        trail: { ...trail, awaitingReply: null },
        reply: { factId: trail.awaitingReply.factId, seconds: secondsBetween(trail.awaitingReply.at, at) },
      };
    case 'ConversationUnassigned':
    case 'ConversationReturnedToQueue':
    case 'ConversationClosed':
      return { trail: { ...trail, awaitingReply: null } };
    default:
      return { trail };
  }
}

const ENDS_AN_OFFER = new Set(['ConversationOfferDeclined', 'ConversationOfferExpired', 'ConversationOfferWithdrawn', 'ConversationAssigned', 'ConversationClosed']);

/**
 * From the log: conversations offered while an offer of theirs was pending (two agents at once), and offers ended
 * twice (an expiry fired twice). Each names the conversation.
 */
export function offerViolations(events: ReadonlyArray<{ stream: string; type: string; data: Record<string, unknown> }>): { offeredTwice: string[]; endedTwice: string[] } {
  const offered = new Map<string, boolean>();
  const offeredTwice: string[] = [];
  const endedTwice: string[] = [];
  for (const event of events) {
    const conversationId = String(event.data.conversationId ?? '');
    if (!event.stream.startsWith('conversation-')) continue;
    if (event.type === 'ConversationOffered') {
      if (offered.get(conversationId)) offeredTwice.push(`${conversationId}`);
      offered.set(conversationId, true);
    } else if (event.type !== 'ConversationAssigned' && event.type !== 'ConversationClosed' && ENDS_AN_OFFER.has(event.type)) {
      if (!offered.get(conversationId)) endedTwice.push(`${conversationId}:${event.type}`);
      offered.set(conversationId, false);
    } else if (ENDS_AN_OFFER.has(event.type)) {
      offered.set(conversationId, false);
    }
  }
  return { offeredTwice, endedTwice };
}


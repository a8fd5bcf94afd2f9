import { project } from '../../testing/memory-documents';
import { EventLog, utc } from '../../testing/recorded';
import { TransferFactDocument, transferFactsProjection } from './transfer-facts.projection';

const conversationId = 'conv-1';
const transfer = (fromAgentId: string, toAgentId: string) => ({ conversationId, fromAgentId, toAgentId, reasonId: 'billing', reasonName: 'Billing' });
const replyBy = (agentId: string) => ({ conversationId, kind: 'AGENT_REPLIED' as const, agentId });

describe('transfer facts projection', () => {
  it('marks a→b→a→c: re-transfers, the return to a, and each receiving agent\'s first reply while it holds the conversation', async () => {
    const log = new EventLog();
    log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'webchat' }, { at: utc('10:00:00') });
    log.add('ConversationAssigned', { conversationId, agentId: 'a', queueId: 'sales' }, { at: utc('10:01:00') });
    log.add('ConversationTransferred', transfer('a', 'b'), { at: utc('10:02:00') });
    log.add('ConversationActivityRecorded', replyBy('b'), { at: utc('10:02:45') });
    log.add('ConversationActivityRecorded', replyBy('b'), { at: utc('10:03:00') });
    log.add('ConversationTransferred', transfer('b', 'a'), { at: utc('10:04:00') });
    log.add('ConversationTransferred', transfer('a', 'c'), { at: utc('10:05:00') });
    log.add('ConversationUnassigned', { conversationId, agentId: 'c', queueId: 'sales' }, { at: utc('10:06:00') });
    log.add('ConversationAssigned', { conversationId, agentId: 'c', queueId: 'sales' }, { at: utc('10:07:00') });
    log.add('ConversationActivityRecorded', replyBy('c'), { at: utc('10:08:00') });

    const facts = (await project(transferFactsProjection, log.events)).all().filter((d): d is TransferFactDocument => d.kind === 'transfer');

    expect(facts.map(({ fromAgentId, toAgentId, queueId, retransfer, returnToPreviousHolder, firstReplySeconds }) =>
      ({ fromAgentId, toAgentId, queueId, retransfer, returnToPreviousHolder, firstReplySeconds }))).toEqual([
      { fromAgentId: 'a', toAgentId: 'b', queueId: 'sales', retransfer: false, returnToPreviousHolder: false, firstReplySeconds: 45 },
      { fromAgentId: 'b', toAgentId: 'a', queueId: 'sales', retransfer: true, returnToPreviousHolder: true, firstReplySeconds: null },
      { fromAgentId: 'a', toAgentId: 'c', queueId: 'sales', retransfer: true, returnToPreviousHolder: false, firstReplySeconds: null },
    ]);
  });
});

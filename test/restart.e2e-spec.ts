import { assign, ok, openConversation, seed, tokensFor, transfer } from './support/fixtures';
import { TestServer } from './support/test-server';

describe('restart on the same file', () => {
  it('keeps every conversation, transfer and read model', async () => {
    const first = await TestServer.start();
    const tokens = await tokensFor(first);
    await seed(first, tokens.supervisor);
    await openConversation(first, tokens.supervisor, 'keep-1');
    ok(await assign(first, tokens.supervisor, 'keep-1', 'agent-a'));
    ok(await transfer(first, tokens.supervisor, { conversationId: 'keep-1', toAgentId: 'agent-b', reasonId: 'billing', note: 'kept' }));
    const query = '{ conversation(id: "keep-1") { status version assignee { id activeConversations } lastTransfer { note } } transferHistory { totalCount } queues { queueId assigned } auditTrail(conversationId: "keep-1") { type } }';
    const before = ok(await first.request(query, {}, tokens.supervisor));
    await first.stop({ keepData: true });

    const second = await TestServer.start({ dataDir: first.dataDir });
    try {
      const after = ok(await second.request(query, {}, tokens.supervisor));
      expect(after).toEqual(before);
      expect(after.conversation).toMatchObject({ status: 'ASSIGNED', version: 3, lastTransfer: { note: 'kept' } });
      ok(await second.request('mutation { closeConversation(input: { conversationId: "keep-1", expectedVersion: 3 }) { status } }', {}, tokens.supervisor));
    } finally {
      await second.stop();
    }
  });
});

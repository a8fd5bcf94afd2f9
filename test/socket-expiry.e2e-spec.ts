import { createClient } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { assign, ok, openConversation, seed, tokensFor, transfer } from './support/fixtures';
import { PRODUCTION_SECRET, startProductionServer } from './support/production-server';
import { untilSubscriptions } from './support/live-subscriptions';
import { subscribe, TestServer } from './support/test-server';

const TRANSFERRED = 'subscription { conversationTransferred(toAgentId: "agent-b") { conversationId reasonName note } }';
const UPDATED = 'subscription { conversationUpdated(assigneeId: "agent-b") { id contact { name } lastTransfer { note } } }';
// Long enough for the hand-over before exp to be seen even on a loaded machine.
const LIFETIME_SECONDS = 5;

function agentToken(expiresAt: number): Promise<string> {
  return new SignJWT({ tenant: 'acme', roles: ['AGENT'] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('agent-b')
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(PRODUCTION_SECRET));
}

describe('subscriptions end when their token expires, in production', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startProductionServer();
  });
  afterAll(() => server.stop());

  it('closes the socket with 4403 at exp, and nothing reaches the agent afterwards', async () => {
    const tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    const expiresAt = Math.floor(Date.now() / 1000) + LIFETIME_SECONDS;
    const client = createClient({
      url: server.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await agentToken(expiresAt)}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined, // the close is what this test waits for, not a failure to print
    });
    const closed = new Promise<{ code: number; reason: string }>((resolve, reject) => {
      const late = setTimeout(() => reject(new Error('the socket outlived its token by 5 s')), (expiresAt + 5) * 1000 - Date.now());
      client.on('closed', (event) => {
        clearTimeout(late);
        resolve(event as { code: number; reason: string });
      });
    });
    try {
      const transferred = subscribe<any>(client, TRANSFERRED);
      const updated = subscribe<any>(client, UPDATED);
      const handOver = async (id: string): Promise<void> => {
        await openConversation(server, tokens.supervisor, id);
        ok(await assign(server, tokens.supervisor, id, 'agent-a'));
        ok(await transfer(server, tokens.supervisor, { conversationId: id, toAgentId: 'agent-b', reasonId: 'billing', note: 'Pide factura A' }));
      };

      await untilSubscriptions(server, 2);
      await handOver('before-exp');
      await transferred.nextMatching((m) => m.data?.conversationTransferred?.conversationId === 'before-exp');
      await updated.nextMatching((m) => m.data?.conversationUpdated?.id === 'before-exp');

      const close = await closed;
      expect(close).toMatchObject({ code: 4403, reason: 'token expired' });
      expect(Date.now()).toBeGreaterThanOrEqual(expiresAt * 1000);

      const delivered = (): number => [...transferred.messages, ...updated.messages].filter((m) => m.data).length;
      const seen = delivered();
      await handOver('after-exp');
      expect(delivered()).toBe(seen);
      expect(JSON.stringify([...transferred.messages, ...updated.messages])).not.toContain('after-exp');
    } finally {
      await client.dispose();
    }
  }, 20_000);
});

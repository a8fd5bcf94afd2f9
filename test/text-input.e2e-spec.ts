import { assign, errorOf, ok, openConversation, seed, tokensFor, Tokens, transfer } from './support/fixtures';
import { NOTHING_WRITTEN, startProductionServer, writtenSoFar } from './support/production-server';
import { TestServer } from './support/test-server';

const REGISTER_AGENT = 'mutation($input: RegisterAgentInput!) { registerAgent(input: $input) { id name } }';
const DEFINE_REASON = 'mutation($input: DefineTransferReasonInput!) { defineTransferReason(input: $input) { id name } }';
const OPEN = 'mutation($input: OpenConversationInput!) { openConversation(input: $input) { id contact { name } } }';
const UNASSIGN = 'mutation($input: UnassignConversationInput!) { unassignConversation(input: $input) { id } }';

const agent = (input: Record<string, unknown>) => ({ query: REGISTER_AGENT, input: { id: 'ana', name: 'Ana', queueIds: ['q1'], ...input } });
const reason = (input: Record<string, unknown>) => ({ query: DEFINE_REASON, input: { id: 'billing', name: 'Billing', ...input } });
const conversation = (input: Record<string, unknown>) => ({ query: OPEN, input: { conversationId: 'c-1', queueId: 'q1', channel: 'whatsapp', ...input } });

describe('text that should never be stored, in production', () => {
  let server: TestServer;
  let tokens: Tokens;

  beforeAll(async () => {
    server = await startProductionServer();
    tokens = await tokensFor(server);
  });
  afterAll(() => server.stop());

  it.each([
    ['an agent name with a NUL', agent({ name: 'Ana\u0000' }), 'input.name'],
    ['an agent name with an escape sequence', agent({ name: '\u001b[2J\u001b[31mAna' }), 'input.name'],
    ['an agent name with a bidi override', agent({ name: 'Ana\u202Egnp.exe' }), 'input.name'],
    ['an agent name with a lone surrogate', agent({ name: 'Ana\uD800' }), 'input.name'],
    ['an agent id of one zero-width space', agent({ id: '\u200B' }), 'input.id'],
    ['a queue id with an isolate', agent({ queueIds: ['q1', 'q\u20662'] }), 'input.queueIds.1'],
    ['an agent name of 201 emoji', agent({ name: '😀'.repeat(201) }), 'input.name'],
    ['a reason id of one zero-width space', reason({ id: '\u200B' }), 'input.id'],
    ['a reason description with a NUL', reason({ description: 'Billing\u0000' }), 'input.description'],
    ['a reason name of zero-width joiners and spaces', reason({ name: ' \u200D\u200C ' }), 'input.name'],
    ['a contact name with a bidi override', conversation({ contact: { id: 'p-1', name: 'Ana\u202Egnp.exe' } }), 'input.contact.name'],
    ['a contact id with a C1 control', conversation({ contact: { id: 'p\u00851' } }), 'input.contact.id'],
    ['a channel with an escape sequence', conversation({ channel: 'whats\u001bapp' }), 'input.channel'],
    ['a conversation id with a lone surrogate', conversation({ conversationId: '\uDC00c' }), 'input.conversationId'],
  ])('refuses %s with BAD_USER_INPUT on its field and writes nothing', async (_what, attack, field) => {
    const error = errorOf(await server.request(attack.query, { input: attack.input }, tokens.supervisor));
    expect({ code: error.code, field: error.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await writtenSoFar(server)).toEqual(NOTHING_WRITTEN);
  });

  it('counts characters as code points: a name of 200 emoji (400 UTF-16 units) is stored whole', async () => {
    const name = '😀'.repeat(200);
    const other = await startProductionServer();
    try {
      const supervisor = await other.token('sup-1', ['SUPERVISOR']);
      expect(ok(await other.request(REGISTER_AGENT, { input: { id: 'emoji', name, queueIds: ['q1'] } }, supervisor))).toEqual({ registerAgent: { id: 'emoji', name } });
    } finally {
      await other.stop();
    }
  });
});

describe('notes that should never be stored, in production', () => {
  let server: TestServer;
  let tokens: Tokens;

  beforeAll(async () => {
    server = await startProductionServer();
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    await openConversation(server, tokens.supervisor, 'c-1');
    ok(await assign(server, tokens.supervisor, 'c-1', 'agent-a'));
  });
  afterAll(() => server.stop());

  const versionOf = async (id: string): Promise<unknown> =>
    ok<{ conversation: { version: number } }>(await server.request('query($id: ID!) { conversation(id: $id) { version } }', { id }, tokens.supervisor)).conversation.version;

  it.each([
    ['a NUL', 'Pide factura\u0000'],
    ['an escape sequence', '\u001b]0;pwned\u0007'],
    ['a bidi override', 'ver adjunto \u202Egnp.exe'],
    ['a lone surrogate', 'nota \uD83D'],
    ['only zero-width spaces', '\u200B\u200B'],
    ['a carriage return', 'uno\rdos'],
  ])('refuses a transfer note with %s with BAD_USER_INPUT on input.note and writes nothing', async (_what, note) => {
    const before = await versionOf('c-1');
    const error = errorOf(await transfer(server, tokens.supervisor, { conversationId: 'c-1', toAgentId: 'agent-b', reasonId: 'billing', note }));
    expect({ code: error.code, field: error.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'input.note' });
    expect(await versionOf('c-1')).toBe(before);
  });

  it('refuses an unassign note with a NUL and writes nothing', async () => {
    const before = await versionOf('c-1');
    const error = errorOf(await server.request(UNASSIGN, { input: { conversationId: 'c-1', note: 'a\u0000' } }, tokens.supervisor));
    expect({ code: error.code, field: error.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'input.note' });
    expect(await versionOf('c-1')).toBe(before);
  });

  it('keeps newlines and tabs in a note', async () => {
    const note = 'Pide factura A\n\t- CUIT pendiente';
    const answer = ok<any>(await transfer(server, tokens.supervisor, { conversationId: 'c-1', toAgentId: 'agent-b', reasonId: 'billing', note }));
    expect(answer.transferConversation.lastTransfer.note).toBe(note);
  });
});

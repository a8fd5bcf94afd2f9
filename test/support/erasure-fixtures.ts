import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { ok } from './fixtures';
import { DECLINE, OFFERED_TO, configureQueue, onlineAgents } from './routing-fixtures';
import { subscribe, TestServer } from './test-server';
import { untilSubscriptions } from './live-subscriptions';

/** Sentinels: text that appears nowhere else, so a byte search for it finds only these copies. */
export const ERASED = {
  name: 'Marta Sentinel-Name-5521',
  // Long enough (about 6 KB in UTF-8) to spill into overflow pages, which an update frees whole: without
  // secure_delete their bytes would stay in the file's free pages.
  transferNote: `sentinel-transfer-note-8812 asks for invoice A, tax id 20-1234 ${'界'.repeat(1900)}`,
  unassignNote: 'sentinel-unassign-note-7310',
  secondTransferNote: 'sentinel-second-transfer-note-4409',
  declineNote: 'sentinel-decline-note-6627',
};
export const KEPT = { name: 'Pedro Kept-Name-3391', transferNote: 'kept-transfer-note-2290' };
export const ERASED_TEXTS = Object.values(ERASED);

const OPEN = 'mutation($input: OpenConversationInput!) { openConversation(input: $input) { id } }';
const ASSIGN = 'mutation($id: ID!, $agentId: ID!) { assignConversation(input: { conversationId: $id, agentId: $agentId }) { id } }';
const TRANSFER = 'mutation($id: ID!, $to: ID!, $note: String) { transferConversation(input: { conversationId: $id, toAgentId: $to, reasonId: "billing", note: $note }) { id } }';
const UNASSIGN = 'mutation($id: ID!, $note: String) { unassignConversation(input: { conversationId: $id, note: $note }) { id } }';

async function open(server: TestServer, token: string, id: string, queueId: string, contact: { id: string; name: string }): Promise<void> {
  ok(await server.request(OPEN, { input: { conversationId: id, queueId, channel: 'whatsapp', contact } }, token));
}

/**
 * Contact `contact-marta` with three conversations: e1 (a transfer with a note, then an unassignment with a note),
 * e2 (a transfer with a note), e3 (in an AUTO queue, offered to agent-d who declines with a note). Contact
 * `contact-pedro` with one conversation, k1, transferred with a note. Needs `seed` first.
 */
export async function writePersonalData(server: TestServer, supervisor: string): Promise<void> {
  const marta = { id: 'contact-marta', name: ERASED.name };
  await open(server, supervisor, 'e1', 'q1', marta);
  ok(await server.request(ASSIGN, { id: 'e1', agentId: 'agent-a' }, supervisor));
  ok(await server.request(TRANSFER, { id: 'e1', to: 'agent-b', note: ERASED.transferNote }, supervisor));
  ok(await server.request(UNASSIGN, { id: 'e1', note: ERASED.unassignNote }, supervisor));
  await open(server, supervisor, 'e2', 'q1', marta);
  ok(await server.request(ASSIGN, { id: 'e2', agentId: 'agent-a' }, supervisor));
  ok(await server.request(TRANSFER, { id: 'e2', to: 'agent-b', note: ERASED.secondTransferNote }, supervisor));
  await declinedOffer(server, supervisor, marta);
  await open(server, supervisor, 'k1', 'q1', { id: 'contact-pedro', name: KEPT.name });
  ok(await server.request(ASSIGN, { id: 'k1', agentId: 'agent-a' }, supervisor));
  ok(await server.request(TRANSFER, { id: 'k1', to: 'agent-b', note: KEPT.transferNote }, supervisor));
}

async function declinedOffer(server: TestServer, supervisor: string, contact: { id: string; name: string }): Promise<void> {
  await onlineAgents(server, supervisor, ['q-auto'], ['agent-d']);
  await configureQueue(server, supervisor, { queueId: 'q-auto', routing: 'AUTO', offerTimeoutSeconds: 600 });
  const agentD = await server.token('agent-d', ['AGENT']);
  const client = server.wsClient(agentD);
  const offers = subscribe<{ conversationOffered: { id: string } }>(client, OFFERED_TO, { agentId: 'agent-d' });
  try {
    await untilSubscriptions(server, 1);
    await open(server, supervisor, 'e3', 'q-auto', contact);
    await offers.nextMatching((message) => message.data?.conversationOffered.id === 'e3');
    ok(await server.request(DECLINE, { id: 'e3', note: ERASED.declineNote }, agentD));
  } finally {
    offers.stop();
    await client.dispose();
    await untilSubscriptions(server, 0);
  }
}

/** Folds WAL into the file and truncates the WAL (the server is stopped), then the bytes of every file of it. */
export function databaseBytes(path: string): Buffer {
  const db = new Database(path);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return Buffer.concat([path, `${path}-wal`, `${path}-shm`, `${path}-journal`].filter(existsSync).map((file) => readFileSync(file)));
}

export function found(bytes: Buffer, texts: readonly string[]): string[] {
  return texts.filter((text) => bytes.includes(Buffer.from(text, 'utf8')));
}

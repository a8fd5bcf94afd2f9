import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { seedTransferRows } from '../bench/support/transfer-rows';
import { getExport } from './support/exports';
import { assign, ok, openConversation, seed, tokensFor, Tokens, transfer } from './support/fixtures';
import { TestServer } from './support/test-server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const SEEDED = 100_000;
const FORMULA_NOTE = '=HYPERLINK("http://x")';
/** Every page's own fields; every FULL_EVERY-th page also the fields GraphQL resolves one by one (agents, reason, note, actor). */
const HISTORY = `query($after: String, $full: Boolean!) { transferHistory(first: 200, after: $after) {
  nodes { id conversationId reasonName at position
    ... @include(if: $full) { fromAgent { id } toAgent { id } reason { id } note transferredBy { id role } } }
  pageInfo { hasNextPage endCursor } } }`;
const FULL_EVERY = 25;

type Row = Record<string, string>;
const csv = (text: string): Row[] => parse(text, { columns: true, record_delimiter: '\r\n' }) as Row[];

describe('streamed exports over HTTP', () => {
  let server: TestServer;
  let tokens: Tokens;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'handoff-exports-'));
    await seedTransferRows(join(dataDir, 'handoff.db'), 'acme', SEEDED);
    server = await TestServer.start({ dataDir, env: { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0' } });
    tokens = await tokensFor(server);
    await seed(server, tokens.supervisor);
    await openConversation(server, tokens.supervisor, 'c-formula');
    ok(await assign(server, tokens.supervisor, 'c-formula', 'agent-a'));
    ok(await transfer(server, tokens.supervisor, { conversationId: 'c-formula', toAgentId: 'agent-b', reasonId: 'billing', note: FORMULA_NOTE }));
  }, 120_000);

  afterAll(() => server?.stop());

  it('exports 100,000 transfers as CSV that parse back to transferHistory, page by page', async () => {
    const response = await getExport(server.baseUrl, '/export/transfers', tokens.analyst);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="transfers.csv"');
    expect(response.headers.get('x-export-rows')).toBe(String(SEEDED + 1));
    expect(response.text.endsWith('\r\n')).toBe(true);
    const rows = csv(response.text);
    expect(rows).toHaveLength(SEEDED + 1);
    let index = 0;
    let after: string | null = null;
    for (let pageNumber = 0; index === 0 || after; pageNumber++) {
      const full = pageNumber % FULL_EVERY === 0;
      const page: any = ok(await server.request(HISTORY, { after, full }, tokens.analyst)).transferHistory;
      for (const node of page.nodes) {
        const row = rows[index++];
        expect({ id: row.id, at: row.at, conversationId: row.conversationId, reasonName: row.reasonName, position: row.position }).toEqual({
          id: node.id, at: node.at, conversationId: node.conversationId, reasonName: node.reasonName, position: node.position,
        });
        if (!full) continue;
        expect({ ...row, note: row.note.replace(/^'=/, '=') }).toMatchObject({
          fromAgentId: node.fromAgent.id, toAgentId: node.toAgent.id, reasonId: node.reason.id, note: node.note ?? '',
          actorId: node.transferredBy.id, actorRole: node.transferredBy.role,
        });
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(index).toBe(SEEDED + 1);
  }, 240_000);

  it('neutralises a note a spreadsheet would run as a formula, and keeps it as written in NDJSON', async () => {
    const exported = await getExport(server.baseUrl, '/export/transfers?conversationId=c-formula', tokens.supervisor);
    expect(exported.text).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(csv(exported.text)[0].note).toBe(`'${FORMULA_NOTE}`);
    const ndjson = await getExport(server.baseUrl, '/export/transfers?conversationId=c-formula&format=ndjson', tokens.supervisor);
    expect(ndjson.headers.get('content-type')).toBe('application/x-ndjson');
    expect(JSON.parse(ndjson.text.trim()).note).toBe(FORMULA_NOTE);
  });

});

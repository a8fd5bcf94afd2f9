import { buildSchema, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as consoleOperations from '../../../../console/src/api/operations';
import { MAX_QUERY_COST, queryCostErrors } from './query-cost';

const schema = buildSchema(readFileSync(join(__dirname, '../../../../../schema.gql'), 'utf8'));
const costErrors = (query: string, variables: Record<string, unknown> = {}) => queryCostErrors(schema, parse(query), variables, undefined);
const aliases = (count: number, field: (i: number) => string): string => Array.from({ length: count }, (_, i) => field(i)).join(' ');

describe('the query cost bound', () => {
  // The console's operations are generated typed document strings (GraphQL Code Generator, documentMode 'string').
  const text = (document: unknown): string => String(document);
  const documents = Object.entries(consoleOperations as Record<string, unknown>).map(([name, document]) => [name, text(document)] as const);
  const reads = documents.filter(([, document]) => !document.trim().startsWith('mutation'));

  it.each(reads)('lets the console send %s, at the largest page', (_name, document) => {
    const variables = { first: 200, from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', id: 'x', conversationId: 'x' };
    expect(costErrors(document, variables)).toEqual([]);
  });

  it('counts a fragment once per spread', () => {
    const fragment = `fragment F on Conversation { ${aliases(10, (i) => `f${i}: version`)} }`;
    expect(costErrors(`{ conversations(first: 200) { nodes { ...F } } } ${fragment}`)).toEqual([]);
    expect(costErrors(`{ ${aliases(20, (i) => `c${i}: conversations(first: 200) { nodes { ...F } }`)} } ${fragment}`)).toHaveLength(1);
  });

  it('weighs history by the events it reads', () => {
    const histories = (count: number) => `{ conversations(first: ${count}) { nodes { history { eventId } } } }`;
    expect(costErrors(histories(50))).toEqual([]);
    expect(costErrors(histories(200))[0]?.message).toMatch(new RegExp(`more than the limit of ${MAX_QUERY_COST}$`));
  });

  it('weighs verifyIntegrity of the whole tenant as a read of the whole log', () => {
    const checks = (count: number, args = '') => `{ ${aliases(count, (i) => `v${i}: verifyIntegrity${args} { ok }`)} }`;
    expect(costErrors(checks(1))).toEqual([]);
    expect(costErrors(checks(5))).toHaveLength(1);
    expect(costErrors(checks(5, '(conversationId: "c1")'))).toEqual([]);
  });

  it('refuses a document that expands to more selections than it can cost', () => {
    const nested = `fragment A on Conversation { ${aliases(200, (i) => `a${i}: id`)} } fragment B on Conversation { ${aliases(200, () => '...A')} }`;
    expect(costErrors(`{ conversation(id: "x") { ...B } } ${nested}`)[0]?.message).toMatch(/expands to more than/);
  });
});

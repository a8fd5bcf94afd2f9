import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../apps/console/codegen';

/**
 * The console's GraphQL operations are checked against schema.gql by the codegen that `npm test` runs before
 * jest (`npm run typecheck`): an operation asking for a field the api does not have stops the tests.
 */
const ROOT = join(__dirname, '..');
const GENERATED = join(ROOT, 'apps', 'console', 'src', 'gql');
const CODEGEN_BIN = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
const OUTPUT_SETTINGS = config.generates['apps/console/src/gql/'];

/** Runs the console's codegen settings on `documents`, writing into a temporary folder. */
function codegen(dir: string, documents: string[]): { status: number | null; output: string; outDir: string } {
  const outDir = join(dir, 'gql');
  const configPath = join(dir, 'codegen.json');
  writeFileSync(configPath, JSON.stringify({ schema: join(ROOT, 'schema.gql'), documents, generates: { [`${outDir}/`]: OUTPUT_SETTINGS } }));
  // As `npm run codegen` runs it: under NODE_ENV=test (jest's) codegen would not print why it failed.
  const env = { ...process.env, NODE_ENV: 'development' };
  const run = spawnSync(process.execPath, [CODEGEN_BIN, '--config', configPath], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, outDir };
}

describe('console operations typed from schema.gql', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-codegen-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('commits src/gql exactly as codegen makes it from the console and schema.gql (npm run codegen)', () => {
    const run = codegen(dir, config.documents as string[]);
    expect(run.status).toBe(0);
    for (const file of readdirSync(GENERATED)) {
      expect([file, readFileSync(join(GENERATED, file), 'utf8')]).toEqual([file, readFileSync(join(run.outDir, file), 'utf8')]);
    }
  });

  it('refuses an operation that asks for a field the schema does not have', () => {
    const operations = readFileSync(join(ROOT, 'apps', 'console', 'src', 'api', 'operations.ts'), 'utf8');
    const misspelt = operations.replace('queueIds active activeConversations', 'queueIds active activeConversation');
    expect(misspelt).not.toBe(operations);
    const copy = join(dir, 'operations.ts');
    writeFileSync(copy, misspelt);

    const run = codegen(dir, [copy]);
    expect(run.status).not.toBe(0);
    // The suggestion list grows with the schema (Routing added maxConversations), so only its first name is checked.
    expect(run.output).toContain('Cannot query field "activeConversation" on type "Agent". Did you mean "activeConversations"');
  });
});

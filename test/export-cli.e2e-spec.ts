import { parse } from 'csv-parse/sync';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedTransferRows } from '../bench/support/transfer-rows';
import { READ_STORE, ReadStore } from '@handoff/read-store';
import { getExport } from './support/exports';
import { tokensFor, Tokens } from './support/fixtures';
import { TestServer } from './support/test-server';

const ROOT = join(__dirname, '..');
const ROWS = 2500;

/** `npm run export` as an analyst runs it (the TypeScript source through swc): exit code, stdout, stderr. */
function runExport(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['-r', './scripts/swc-register.js', 'scripts/export.ts', ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run export', () => {
  let server: TestServer;
  let tokens: Tokens;
  let out: string;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'handoff-export-cli-'));
    await seedTransferRows(join(dataDir, 'handoff.db'), 'acme', ROWS);
    server = await TestServer.start({ dataDir });
    tokens = await tokensFor(server);
    out = join(dataDir, 'transfers.csv');
  }, 60_000);

  afterAll(() => server?.stop());

  it('writes the export to --out with a progress bar of rows, rows/s and ETA on stderr', async () => {
    const { code, stderr } = await runExport(['transfers', '--format', 'csv', '--from', '2026-11-01T00:00:00Z', '--to', '2026-12-01T00:00:00Z', '--out', out, '--url', server.baseUrl, '--token', tokens.analyst]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/export transfers \[#+\] 100\.0%  2,500\/2,500 rows  [\d,]+ rows\/s  ETA 0s/);
    expect(stderr).toContain(`exported 2,500 rows to ${out}`);
    const written = readFileSync(out, 'utf8');
    const served = await getExport(server.baseUrl, '/export/transfers?format=csv&from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z', tokens.analyst);
    expect(written).toBe(served.text);
    expect(parse(written, { columns: true })).toHaveLength(ROWS);
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 60_000);

  it('takes the url and the token from HANDOFF_URL and HANDOFF_TOKEN, and writes NDJSON to stdout', async () => {
    const { code, stdout } = await runExport(['events'], { HANDOFF_URL: server.baseUrl, HANDOFF_TOKEN: tokens.auditor });
    expect(code).toBe(0);
    expect(stdout).toBe((await getExport(server.baseUrl, '/export/events', tokens.auditor)).text);
  }, 60_000);

  it('exits 1 with the server’s reason on a refused export, keeping no file', async () => {
    const bad = await runExport(['transfers', '--from', 'yesterday', '--out', `${out}.bad`, '--url', server.baseUrl, '--token', tokens.analyst]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('export transfers refused: 400 BAD_USER_INPUT (parameter from)');
    const forbidden = await runExport(['events', '--url', server.baseUrl, '--token', tokens.analyst]);
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toContain('export events refused: 403 FORBIDDEN');
    expect(existsSync(`${out}.bad`) || existsSync(`${out}.bad.partial`)).toBe(false);
    rmSync(`${out}.bad`, { force: true });
  }, 60_000);

  it('exits 1 and keeps no file when the server fails halfway through the export', async () => {
    const store = server.app.get<ReadStore>(READ_STORE);
    const find = store.find.bind(store);
    let pages = 0;
    // The real store, failing from the second page of transfers on: the export has sent its status and first rows.
    store.find = async (collection, query) => {
      if (collection === 'transfer-history' && query.first === 1000 && ++pages > 1) throw new Error('disk gone');
      return find(collection, query);
    };
    try {
      await expect(getExport(server.baseUrl, '/export/transfers', tokens.analyst)).rejects.toThrow();
      const { code, stderr } = await runExport(['transfers', '--out', `${out}.cut`, '--url', server.baseUrl, '--token', tokens.analyst]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/export transfers was cut short after \d+ rows .*; nothing was kept/);
      expect(existsSync(`${out}.cut`) || existsSync(`${out}.cut.partial`)).toBe(false);
    } finally {
      store.find = find;
    }
  }, 60_000);

  it('exits 2 on bad usage: no token, or an export that does not exist', async () => {
    expect(await runExport(['transfers', '--url', server.baseUrl])).toMatchObject({ code: 2, stderr: expect.stringContaining('a token is needed') });
    expect(await runExport(['everything', '--token', 'x'])).toMatchObject({ code: 2, stderr: expect.stringContaining('the first argument names the export') });
  }, 60_000);
});

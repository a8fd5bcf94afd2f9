import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../apps/api/src/auth/token-signer';
import { seedTransferRows } from '../bench/support/transfer-rows';
import { eventually, freePort, outputOf } from './support/built-api';
import { drainExport, metric, readFirstChunkAndLeave } from './support/exports';
import { rssMb, sampleRss } from '../bench/support/rss';

const ROWS = 1_000_000;
const PAGES = ROWS / 1000 + 1;
const SECRET = 'export-memory-test-secret';
const ROOT = join(__dirname, '..');
/**
 * What the server may grow by while it streams 1,000,000 rows (about 110 MB of CSV): pages of 1,000 rows, the
 * socket's buffers and the garbage the collector has not taken yet. An export held in memory needs several times
 * the CSV's size.
 */
const RSS_GROWTH_BOUND_MB = 120;

/**
 * The api as its own process (TypeScript run through swc) over a SQLite file holding 1,000,000 transfers, seeded
 * through the real read store in about a minute; the whole file takes about two minutes on two cores.
 */
describe('an export of 1,000,000 transfers from a server process', () => {
  let dir: string;
  let child: ChildProcess;
  let baseUrl: string;
  let token: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-export-memory-'));
    await seedTransferRows(join(dir, 'handoff.db'), 'acme', ROWS);
    const port = await freePort();
    // The same young generation on every Node version (22+ let it grow several times larger than 20 by default): the
    // bound is about what the export holds, not about how much garbage V8 lets pile up before collecting it.
    child = spawn(process.execPath, ['--max-semi-space-size=16', '-r', join(ROOT, 'scripts', 'swc-register.js'), join(ROOT, 'apps', 'api', 'src', 'main.ts')], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', SQLITE_PATH: join(dir, 'handoff.db'), PORT: String(port), AUTH_JWT_SECRET: SECRET, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = outputOf(child);
    baseUrl = `http://127.0.0.1:${port}`;
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`the api exited: ${output.stderr()}`);
      return (await fetch(`${baseUrl}/health/live`).catch(() => null))?.status === 200;
    }, 60_000, 'the api to listen');
    token = await signToken(SECRET, { sub: 'analyst-1', tenant: 'acme', roles: ['ANALYST'] });
  }, 240_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('close', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it(`streams it with the server's RSS growing by less than ${RSS_GROWTH_BOUND_MB} MB`, async () => {
    // Warm: the first export compiles the route's code and fills the caches.
    expect((await drainExport(baseUrl, '/export/transfers?conversationId=c-1', token)).status).toBe(200);
    const before = rssMb(child.pid!);
    const sampler = sampleRss(child.pid!);
    const startedAt = Date.now();
    const exported = await drainExport(baseUrl, '/export/transfers', token);
    const seconds = (Date.now() - startedAt) / 1000;
    const peak = sampler.stop();
    process.stderr.write(`1,000,000 rows, ${(exported.bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s; server RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB\n`);
    expect(exported).toMatchObject({ status: 200, records: ROWS + 1 });
    expect(peak - before).toBeLessThan(RSS_GROWTH_BOUND_MB);
  }, 120_000);

  it('stops reading pages when the client goes away after the first chunk', async () => {
    const pages = (): Promise<number> => metric(baseUrl, 'handoff_export_pages_read_total', { export: 'transfers' });
    const aborted = (): Promise<number> => metric(baseUrl, 'handoff_exports_total', { export: 'transfers', outcome: 'aborted' });
    const [pagesBefore, abortedBefore] = [await pages(), await aborted()];
    expect(await readFirstChunkAndLeave(baseUrl, '/export/transfers', token)).toBeGreaterThan(0);
    await eventually(async () => (await aborted()) > abortedBefore, 10_000, 'the export to end as aborted');
    const read = (await pages()) - pagesBefore;
    // Of 1,001 pages, only what the socket's buffers took before the client left (some 40 on a Linux loopback).
    expect(read).toBeLessThan(PAGES / 10);
    expect((await drainExport(baseUrl, '/export/transfers?conversationId=c-1', token)).status).toBe(200);
    expect((await pages()) - pagesBefore).toBe(read + 1);
  }, 60_000);
});

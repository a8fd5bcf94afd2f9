import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../../apps/api/src/auth/token-signer';
import { drainExport } from '../support/drain-export';
import { TENANT } from '../support/event-log';
import { rssMb, sampleRss } from '../support/rss';
import { Figure, log, runScenario } from '../support/scenario';
import { BENCH_SECRET, SpawnedServer } from '../support/servers';
import { SIZES } from '../support/sizes';
import { rawTransferRead } from '../support/raw-transfer-read';
import { medianOf } from '../support/stats';
import { seedTransferRows } from '../support/transfer-rows';

/**
 * `GET /export/transfers` as CSV over HTTP from the built api in its own process, over a history of N transfers
 * (seeded through the real read store): rows per second as the client receives them, against the same reads done
 * raw in the same run, and the server's RSS before and at its peak while it streams (sampled from /proc every 50 ms).
 */
runScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-export-'));
  const path = join(dir, 'handoff.db');
  try {
    log(`export: seeding ${SIZES.exportRows.toLocaleString('en-US')} transfers`);
    await seedTransferRows(path, TENANT, SIZES.exportRows);
    const server = await SpawnedServer.start(path, dir);
    try {
      const token = await signToken(BENCH_SECRET, { sub: 'analyst-1', tenant: TENANT, roles: ['ANALYST'] });
      await drainExport(server.url, '/export/transfers?conversationId=c-1', token);
      const measured = await medianOf(SIZES.runs, async () => {
        const before = rssMb(server.pid);
        const sampler = sampleRss(server.pid);
        const startedAt = Date.now();
        const { status, records } = await drainExport(server.url, '/export/transfers?format=csv', token);
        const seconds = (Date.now() - startedAt) / 1000;
        const peak = sampler.stop();
        if (status !== 200 || records !== SIZES.exportRows + 1) throw new Error(`export answered ${status} with ${records} records`);
        log(`export: ${SIZES.exportRows} rows in ${seconds.toFixed(1)} s, RSS ${before.toFixed(0)} → ${peak.toFixed(0)} MB`);
        return { rowsPerSecond: SIZES.exportRows / seconds, before, peak, growth: peak - before, raw: rawTransferRead(path, TENANT) };
      });
      const scenario = `export of ${SIZES.exportRows.toLocaleString('en-US')} transfers as CSV over HTTP`;
      const baseline = { name: 'raw keyset read + decode', value: measured.raw };
      return [
        { scenario, figure: 'raw keyset read + JSON decode (better-sqlite3)', unit: 'rows/s', value: measured.raw, runs: measured.runs },
        { scenario, figure: 'rows per second', unit: 'rows/s', value: measured.rowsPerSecond, runs: measured.runs, baseline, target: { on: 'value', bound: 'min', limit: 100_000 } },
        { scenario, figure: 'server RSS before the export', unit: 'MB', value: measured.before, runs: measured.runs },
        { scenario, figure: 'server peak RSS during the export', unit: 'MB', value: measured.peak, runs: measured.runs },
        { scenario, figure: 'server RSS growth during the export (flat)', unit: 'MB', value: measured.growth, runs: measured.runs, target: { on: 'value', bound: 'max', limit: 120 } },
      ] satisfies Figure[];
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

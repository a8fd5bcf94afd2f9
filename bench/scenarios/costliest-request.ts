import { ALL_PROJECTIONS, ChangeFollower } from '@handoff/projections';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANGE_FOLLOWER } from '../../apps/api/src/infrastructure/tokens';
import { COSTLY_REQUESTS, writeCostlyStore } from '../support/costly-requests';
import { createEventLog, EventLogWriter } from '../support/event-log';
import { Figure, log, runScenario } from '../support/scenario';
import { startInProcess, supervisorToken } from '../support/servers';
import { SIZES } from '../support/sizes';
import { median, nowMs } from '../support/stats';

const REPEATS = 5;

/** The largest size in [1, max] whose request the server accepts (acceptance shrinks as the size grows). */
async function largestAccepted(max: number, accepted: (size: number) => Promise<boolean>): Promise<number> {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (await accepted(mid)) low = mid;
    else high = mid - 1;
  }
  if (low === 0) throw new Error('not even the smallest request is accepted');
  return low;
}
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The costliest request within the request bounds, over HTTP against the embedded default: every candidate of
 * COSTLY_REQUESTS is answered (so it is within the bounds), timed REPEATS times per run; the figure is the
 * slowest candidate's median. One request at a time, so this is the event loop one request can hold.
 */
runScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-cost-'));
  const path = join(dir, 'handoff.db');
  try {
    await createEventLog(path);
    const writer = new EventLogWriter(path);
    writeCostlyStore(writer);
    const events = writer.count;
    writer.close();
    const app = await startInProcess(path);
    try {
      const follower = app.get<ChangeFollower>(CHANGE_FOLLOWER);
      while (ALL_PROJECTIONS.some(({ name }) => follower.position(name) < BigInt(events))) await sleep(50);
      await app.listen(0, '127.0.0.1');
      const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
      const token = await supervisorToken();
      const post = async (query: string): Promise<{ ms: number; status: number; body: string }> => {
        const t0 = nowMs();
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
        const body = await response.text();
        return { ms: nowMs() - t0, status: response.status, body };
      };
      const ask = async (query: string): Promise<{ ms: number; bytes: number }> => {
        const { ms, status, body } = await post(query);
        if (status !== 200 || body.includes('"errors"')) throw new Error(`refused or failed: ${body.slice(0, 300)}`);
        return { ms, bytes: body.length };
      };
      const requests: Array<{ name: string; query: string }> = [];
      for (const [name, { max, query }] of Object.entries(COSTLY_REQUESTS)) {
        const size = await largestAccepted(max, async (n) => !(await post(query(n))).body.includes('"field":"query"'));
        requests.push({ name: name.replace(/\bn\b/, String(size)), query: query(size) });
      }
      for (const { query } of requests) await ask(query);
      const perCandidate = new Map<string, number[]>();
      for (let run = 0; run < SIZES.runs; run++) {
        for (const { name, query } of requests) {
          const samples: number[] = [];
          for (let i = 0; i < REPEATS; i++) samples.push((await ask(query)).ms);
          perCandidate.set(name, [...(perCandidate.get(name) ?? []), median(samples)]);
        }
      }
      const medians = [...perCandidate].map(([name, runs]) => ({ name, ms: median(runs) })).sort((a, b) => b.ms - a.ms);
      for (const { name, ms } of medians) {
        const bytes = (await ask(requests.find((r) => r.name === name)?.query ?? '')).bytes;
        log(`${ms.toFixed(1).padStart(8)} ms  ${name} (${bytes.toLocaleString('en-US')} bytes)`);
      }
      const worst = medians[0];
      return [
        { scenario: `costliest request within the bounds (${worst.name})`, figure: 'latency p50', unit: 'ms', value: worst.ms, runs: SIZES.runs, target: { on: 'value', bound: 'max', limit: 250 } },
      ] satisfies Figure[];
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

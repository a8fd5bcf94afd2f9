import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Figure, report, Reported, ScenarioInput } from './support/scenario';
import { SIZES } from './support/sizes';
import { renderTable } from './support/table';

/**
 * `npm run bench`: each scenario in its own process, in order (later ones take earlier figures as input:
 * baselines, the HTTP rate the lag load runs at). Prints one table and writes bench/results.json.
 */
const SCENARIOS = ['baseline', 'command-path', 'personal-data', 'http-mutations', 'projection-lag', 'rebuild-log', 'rebuild', 'queue-board', 'fan-out', 'costliest-request', 'routing', 'transfer-analytics', 'board-at', 'export', 'audit', 'stream-length', 'live-subscribers'] as const;
type Scenario = (typeof SCENARIOS)[number];

const ROOT = join(__dirname, '..', '..');
const REGISTER_PATHS = join(ROOT, 'scripts', 'register-paths.js');

function runScenario(name: Scenario, input: ScenarioInput): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'scenarios', `${name}.js`), [], {
      execArgv: ['-r', REGISTER_PATHS, '--max-old-space-size=1024', ...(process.env.BENCH_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [])],
      env: { ...process.env, BENCH_INPUT: JSON.stringify(input), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let figures: Figure[] | undefined;
    child.on('message', (message: { figures: Figure[] }) => (figures = message.figures));
    // 'close' comes after the child's last message has been received; 'exit' may come before it.
    child.on('close', (code) => (code === 0 && figures ? resolve(figures) : reject(new Error(`scenario ${name} failed (exit ${code})`))));
  });
}

function find(figures: Figure[], scenario: string, figure: string): number {
  const found = figures.find((f) => f.scenario.startsWith(scenario) && f.figure === figure);
  if (!found) throw new Error(`no figure "${figure}" of ${scenario}`);
  return found.value;
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
  const selected = SCENARIOS.filter((s) => !only || only.includes(s) || s === 'baseline' || (s === 'rebuild-log' && only.includes('rebuild')));
  const started = Date.now();
  const figures: Figure[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'handoff-bench-'));
  const input: ScenarioInput = { dataDir };
  for (const scenario of selected) {
    process.stderr.write(`▶ ${scenario}\n`);
    const t0 = Date.now();
    figures.push(...(await runScenario(scenario, input)));
    process.stderr.write(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    if (scenario === 'baseline') {
      input.rawEventsPerSecond = find(figures, 'raw SQLite', 'durable append, 1 txn/event');
      input.rawP50 = find(figures, 'raw SQLite', 'durable append latency p50');
      input.rawP99 = find(figures, 'raw SQLite', 'durable append latency p99');
    }
    if (scenario === 'http-mutations') input.httpRequestsPerSecond = find(figures, 'GraphQL mutations', 'throughput');
  }
  rmSync(dataDir, { recursive: true, force: true });
  const reported: Reported[] = figures.map(report);
  const table = renderTable(reported);
  process.stdout.write(`${table}\n`);
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform} ${process.arch}` };
  const results = { at: new Date().toISOString(), durationSeconds: Math.round((Date.now() - started) / 1000), machine, sizes: SIZES, figures: reported };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`wrote bench/results.json (${results.durationSeconds} s)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

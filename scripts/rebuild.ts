/**
 * `npm run rebuild [-- --projection NAME ...]`: rebuilds read models from the event log, blue/green. Each named
 * projection (all when none is named) is built into a new generation while the current one keeps serving, and
 * swapped in once it caught up with the log. Stores come from the same environment as the api (EVENT_STORE,
 * READ_STORE, SQLITE_PATH, ...). Refuses, with exit code 3, while another projector holds a projection's lease.
 */
import { ALL_PROJECTIONS, Projector, ProjectorLogger } from '@handoff/projections';
import { ConfigError, loadConfig, openEventStore, openReadStore } from '@handoff/platform';
import { formatSeconds, ProgressBar } from './progress-bar';

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_LEASE_HELD = 3;
const EXIT_INTERRUPTED = 130;
const LEASE_CHECK_MS = 500;

class Exit extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

const USAGE = `usage: npm run rebuild [-- --projection NAME ...]\nprojections: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`;

export function parseProjections(args: readonly string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    if (flag === '--help' || flag === '-h') throw new Exit(0, USAGE);
    if (flag !== '--projection' && flag !== '-p') throw new Exit(EXIT_USAGE, `unknown argument ${args[i]}\n${USAGE}`);
    const value = inline ?? args[++i];
    if (!value) throw new Exit(EXIT_USAGE, `--projection needs a name\n${USAGE}`);
    names.push(...value.split(',').filter(Boolean));
  }
  const unknown = names.filter((name) => !ALL_PROJECTIONS.some((p) => p.name === name));
  if (unknown.length) throw new Exit(EXIT_USAGE, `unknown projection(s): ${unknown.join(', ')}\n${USAGE}`);
  return [...new Set(names)];
}

function stderrLogger(progress: () => ProgressBar | undefined): ProjectorLogger {
  const write = (level: string) => (message: string) => {
    progress()?.clear();
    process.stderr.write(`${level} ${message}\n`);
  };
  return { log: write('info '), warn: write('warn '), error: write('error') };
}

async function rebuild(names: string[]): Promise<void> {
  const config = loadConfig();
  const eventStore = await openEventStore(config);
  const readStore = await openReadStore(config);
  let bar: ProgressBar | undefined;
  const selected = names.length ? names : ALL_PROJECTIONS.map((p) => p.name);
  const progress = { done: 0n, total: 0n, events: 0 };
  const projector = new Projector(eventStore, readStore, ALL_PROJECTIONS, {
    logger: stderrLogger(() => bar),
    onBuildProgress: ({ position, events }) => {
      progress.done = position;
      progress.events += events;
      bar?.update(progress);
    },
  });
  let interrupted = false;
  const interrupt = (): void => {
    interrupted = true;
    void projector.stop();
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  try {
    await projector.start();
    const foreign = (): string[] => projector.status().filter((s) => selected.includes(s.projection) && !s.owned).map((s) => s.projection);
    if (foreign().length) {
      throw new Exit(EXIT_LEASE_HELD, `cannot rebuild ${foreign().join(', ')}: written by another projector (it holds the lease). ` +
        'Stop it (the api with PROJECTOR=inline, or apps/projector) or wait for its lease to expire, then run again.');
    }
    progress.total = await eventStore.headPosition();
    const startedAt = Date.now();
    await projector.requestRebuild(names);
    // Also any generation a projector left half-built, or a projection whose version changed: resumed alike.
    const building = projector.status().filter((s) => s.building).map((s) => s.projection);
    const what = building.length === ALL_PROJECTIONS.length ? `all ${building.length} projections` : building.join(', ');
    bar = new ProgressBar(process.stderr, `rebuilding ${what}`);
    await new Promise<void>((resolve, reject) => {
      const watch = setInterval(() => {
        if (foreign().length) reject(new Exit(EXIT_LEASE_HELD, `lost the lease of ${foreign().join(', ')} to another projector; the rebuild resumes when a projector holds it again`));
      }, LEASE_CHECK_MS);
      projector.whenBuilt().then(resolve, reject).finally(() => clearInterval(watch));
    });
    if (interrupted) {
      throw new Exit(EXIT_INTERRUPTED, 'interrupted: the new generations stay, and the next projector start resumes them');
    }
    bar.update({ ...progress, done: progress.total }, true);
    bar.clear();
    const seconds = (Date.now() - startedAt) / 1000;
    process.stdout.write(
      `rebuilt ${what}: ${progress.events.toLocaleString('en-US')} events in ${formatSeconds(seconds)} ` +
        `(${Math.round(progress.events / Math.max(seconds, 0.001)).toLocaleString('en-US')} events/s)\n`,
    );
  } finally {
    bar?.clear();
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
    await projector.stop();
    await eventStore.close();
    await readStore.close();
  }
}

if (require.main === module) {
  Promise.resolve()
    .then(() => rebuild(parseProjections(process.argv.slice(2))))
    .catch((error: unknown) => {
      const code = error instanceof Exit ? error.code : error instanceof ConfigError ? EXIT_USAGE : EXIT_FAILED;
      (code === 0 ? process.stdout : process.stderr).write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = code;
    });
}

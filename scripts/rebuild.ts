/**
 * `npm run rebuild [-- --projection NAME ...]`: rebuilds read models from the event log, blue/green. Each named
 * projection (all when none is named) is built into a new generation while the current one keeps serving, and
 * swapped in once it caught up with the log. Stores come from the same environment as the api (EVENT_STORE,
 * READ_STORE, SQLITE_PATH, ...). While another projector holds the leases (a running api), that projector builds
 * the new generations and this command shows their progress.
 */
import { EventStore } from '@handoff/event-store';
import { ALL_PROJECTIONS, Projection, Projector, ProjectorLogger } from '@handoff/projections';
import { ReadStore } from '@handoff/read-store';
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

const WATCH_MS = 500;

/**
 * Another projector (the api with PROJECTOR=inline, or apps/projector) holds the leases: the new generations are
 * created here and built by that projector, which adopts them; this process shows the progress until they serve.
 */
async function requestFromLeaseHolder(
  eventStore: EventStore,
  readStore: ReadStore,
  names: readonly string[],
  interrupted: () => boolean,
): Promise<void> {
  for (const name of names) {
    const projection = ALL_PROJECTIONS.find((p) => p.name === name) as Projection;
    const generations = await readStore.generations(name);
    if (!generations.some((g) => !g.active)) await readStore.createGeneration(name, projection.version);
  }
  process.stderr.write(`another projector holds the leases of ${names.join(', ')}: it builds the new generations while the current ones keep serving\n`);
  const total = await eventStore.headPosition();
  const bar = new ProgressBar(process.stderr, `rebuilding ${names.join(', ')}`);
  const startedAt = Date.now();
  for (;;) {
    const building = (await Promise.all(names.map((name) => readStore.generations(name)))).flat().filter((g) => !g.active);
    if (building.length === 0) break;
    if (interrupted()) throw new Exit(EXIT_INTERRUPTED, 'stopped watching: the lease holder goes on building the new generations');
    const done = building.reduce((min, g) => (BigInt(g.checkpoint) < min ? BigInt(g.checkpoint) : min), total);
    bar.update({ done, total, events: Number(done) });
    await new Promise((resolve) => setTimeout(resolve, WATCH_MS));
  }
  bar.clear();
  process.stdout.write(`rebuilt ${names.join(', ')} in ${formatSeconds((Date.now() - startedAt) / 1000)} (built by the projector holding the leases)\n`);
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
      await projector.stop();
      await requestFromLeaseHolder(eventStore, readStore, selected, () => interrupted);
      return;
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

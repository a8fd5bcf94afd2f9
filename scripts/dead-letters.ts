/**
 * `npm run dead-letters [-- --retry] [--projection NAME]`: lists the events a projection could not apply; with
 * --retry applies them again (after the projection's code was fixed) and removes those that now apply. Retrying
 * writes read models, so it needs the projections' leases: run it while no other projector runs. A retried event
 * that changes nothing (the projection had moved past it) is reported as skipped, not as applied.
 */
import { ALL_PROJECTIONS, Projector, RetryReport } from '@handoff/projections';
import { ConfigError, loadConfig, openEventStore, openReadStore } from '@handoff/platform';
import { parseArgs } from 'node:util';

const EXIT_USAGE = 2;
const EXIT_LEASE_HELD = 3;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { retry: { type: 'boolean', default: false }, projection: { type: 'string' } } });
  if (values.projection && !ALL_PROJECTIONS.some((p) => p.name === values.projection)) {
    process.stderr.write(`unknown projection ${values.projection}; projections: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}\n`);
    return EXIT_USAGE;
  }
  const config = loadConfig();
  const eventStore = await openEventStore(config);
  const readStore = await openReadStore(config);
  try {
    await readStore.init(ALL_PROJECTIONS.map((p) => p.collection));
    const letters = await readStore.deadLetters(values.projection);
    for (const letter of letters) {
      process.stdout.write(`${letter.projection}\t${letter.position}\t${letter.eventType}\t${letter.failedAt}\t${letter.error}\n`);
    }
    process.stdout.write(`${letters.length} dead letter(s)\n`);
    if (!values.retry || letters.length === 0) return 0;
    const projector = new Projector(eventStore, readStore, ALL_PROJECTIONS);
    await projector.start();
    try {
      const held = projector.status().filter((s) => !s.owned && (!values.projection || s.projection === values.projection));
      if (held.length) {
        process.stderr.write(`cannot retry: ${held.map((s) => s.projection).join(', ')} written by another projector; stop it and run again\n`);
        return EXIT_LEASE_HELD;
      }
      process.stdout.write(describeRetry(await projector.retryDeadLetters(values.projection)));
      return 0;
    } finally {
      await projector.stop();
    }
  } finally {
    await readStore.close();
    await eventStore.close();
  }
}

/** One line per dead letter retried, then the counts. */
export function describeRetry(report: RetryReport): string {
  const lines = report.letters.map((l) => `${l.projection}\t${l.position}\t${l.outcome}${l.reason ? `: ${l.reason}` : ''}\n`);
  const skipped = report.skipped
    ? ` (applied nothing: the projection had already moved past them; a rebuild, npm run rebuild -- --projection NAME, applies every event in order)`
    : '';
  return `${lines.join('')}applied ${report.applied}, skipped ${report.skipped}${skipped}, failed ${report.failed}; ${report.remaining} dead letter(s) remaining\n`;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof ConfigError ? EXIT_USAGE : 1;
  },
);

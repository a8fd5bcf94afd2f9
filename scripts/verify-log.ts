/**
 * `npm run verify-log [-- --tenant ID]`: recomputes every hash chain of the event log (or of one tenant's streams),
 * reading events exactly as stored, and prints the counts, the first broken event (stream, version, position, why)
 * and one digest over every stream's head. An auditor keeps the digest: a later run over the same log that prints
 * another one means a stream grew, was cut short or disappeared. Exit code 0: every chain holds; 3: a chain is broken.
 */
import { LogVerification, verifyLog } from '@handoff/event-store';
import { ConfigError, loadConfig, openEventStore } from '@handoff/platform';
import { parseArgs } from 'node:util';
import { ProgressBar } from './progress-bar';

const EXIT_USAGE = 2;
const EXIT_BROKEN = 3;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { tenant: { type: 'string' } } });
  const config = loadConfig();
  const eventStore = await openEventStore(config);
  const bar = new ProgressBar(process.stderr, 'verify-log');
  try {
    const result = await verifyLog(eventStore, {
      tenantId: values.tenant,
      onProgress: (done, total, events) => bar.update({ done, total, events }),
    });
    bar.clear();
    process.stdout.write(describeVerification(result));
    return result.ok ? 0 : EXIT_BROKEN;
  } finally {
    await eventStore.close();
  }
}

export function describeVerification(result: LogVerification): string {
  const lines = [`streams ${result.streams}, events ${result.events}, unhashed ${result.unhashed}, broken ${result.broken}`];
  const broken = result.firstBroken;
  lines.push(
    broken
      ? `first broken event: stream ${broken.event.stream}, version ${broken.event.streamVersion}, position ${broken.event.position}: ${broken.why}`
      : 'ok: every hash chain holds',
  );
  lines.push(`heads digest: ${result.headsDigest}`);
  return `${lines.join('\n')}\n`;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof ConfigError ? EXIT_USAGE : 1;
  },
);

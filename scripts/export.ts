/**
 * `npm run export -- <transfers|agent-performance|queue-performance|events> [--format csv|ndjson] [--from ...]
 * [--to ...] [--out FILE] [--url URL] [--token TOKEN]`: downloads a streamed export from a running api (GET
 * /export/<name>, the same token and roles), with a progress bar on stderr. Every other `--name value` is the
 * export's own parameter. The file is written as FILE.partial and renamed once complete, so a cut-short export never
 * leaves a file that looks whole. Exit 0 done, 1 refused (4xx/5xx) or cut short, 2 bad usage.
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ReadableStream } from 'node:stream/web';
import { ProgressBar } from './progress-bar';
import { describeRefusal, exportUrl, parseExportArguments, RecordCounter, UsageError } from './export-client';

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

const USAGE = 'npm run export -- <transfers|agent-performance|queue-performance|events> [--format csv|ndjson] [--from ISO] [--to ISO] [--<parameter> value ...] [--out FILE] [--url URL] [--token TOKEN]\n';

async function main(): Promise<number> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const args = parseExportArguments(process.argv.slice(2), process.env);
  if (!args.token) throw new UsageError('a token is needed: --token or HANDOFF_TOKEN (npm run token -- --sub ... --roles ANALYST)');
  const response = await fetch(exportUrl(args), { headers: { authorization: `Bearer ${args.token}` } });
  if (!response.ok || !response.body) {
    process.stderr.write(`export ${args.name} refused: ${describeRefusal(response.status, await response.text())}\n`);
    return EXIT_FAILED;
  }
  const format = response.headers.get('content-type')?.startsWith('text/csv') ? 'csv' : 'ndjson';
  const total = response.headers.get('x-export-rows');
  const counter = new RecordCounter(format);
  const bar = new ProgressBar(process.stderr, `export ${args.name}`, 'rows');
  const sample = (force = false): void => bar.update({ done: BigInt(counter.rows), total: total === null ? -1n : BigInt(total), events: counter.rows }, force);
  const counting = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counter.add(chunk);
      sample();
      done(null, chunk);
    },
  });
  const partial = args.out && `${args.out}.partial`;
  const sink: Writable = partial ? createWriteStream(partial) : process.stdout;
  try {
    await pipeline(Readable.fromWeb(response.body as ReadableStream<Uint8Array>), counting, sink);
  } catch (error) {
    bar.clear();
    if (partial) rmSync(partial, { force: true });
    process.stderr.write(`export ${args.name} was cut short after ${counter.rows} rows (${error instanceof Error ? error.message : String(error)})${partial ? '; nothing was kept' : ''}\n`);
    return EXIT_FAILED;
  }
  sample(true);
  bar.clear();
  if (args.out && partial) renameSync(partial, args.out);
  process.stderr.write(`exported ${counter.rows.toLocaleString('en-US')} rows${args.out ? ` to ${args.out}` : ''}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const usage = error instanceof UsageError;
    process.stderr.write(`${usage ? 'usage: ' : 'export failed: '}${error instanceof Error ? error.message : String(error)}\n`);
    if (usage) process.stderr.write(USAGE);
    process.exitCode = usage ? EXIT_USAGE : EXIT_FAILED;
  },
);

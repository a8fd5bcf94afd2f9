/** The pure parts of `npm run export`: its arguments, the request they make, and counting rows as bytes pass. */
export const EXPORT_NAMES = ['transfers', 'agent-performance', 'queue-performance', 'events'] as const;
export const DEFAULT_URL = 'http://localhost:4000';

export interface ExportArguments {
  name: string;
  url: string;
  token: string | undefined;
  out: string | undefined;
  /** Every other `--name value`, passed on as the export's query parameters (format, from, to, ...). */
  parameters: Array<[string, string]>;
}

export class UsageError extends Error {}

const OWN_OPTIONS = ['url', 'token', 'out'];

export function parseExportArguments(argv: readonly string[], env: NodeJS.ProcessEnv): ExportArguments {
  const [name, ...rest] = argv;
  if (!name || !(EXPORT_NAMES as readonly string[]).includes(name)) throw new UsageError(`the first argument names the export: ${EXPORT_NAMES.join(', ')}`);
  const own = new Map<string, string>();
  const parameters: Array<[string, string]> = [];
  for (let i = 0; i < rest.length; i++) {
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(rest[i]);
    if (!match) throw new UsageError(`expected --option value, got ${rest[i]}`);
    const value = match[2] ?? rest[++i];
    if (value === undefined) throw new UsageError(`--${match[1]} needs a value`);
    if (OWN_OPTIONS.includes(match[1])) own.set(match[1], value);
    else parameters.push([match[1], value]);
  }
  return { name, url: own.get('url') ?? env.HANDOFF_URL ?? DEFAULT_URL, token: own.get('token') ?? env.HANDOFF_TOKEN, out: own.get('out'), parameters };
}

export function exportUrl({ url, name, parameters }: ExportArguments): URL {
  const target = new URL(`export/${name}`, url.endsWith('/') ? url : `${url}/`);
  for (const [key, value] of parameters) target.searchParams.append(key, value);
  return target;
}

/** Counts records as chunks pass: newlines outside CSV quotes (a quote doubled inside a field toggles twice). */
export class RecordCounter {
  private quoted = false;
  records = 0;

  constructor(private readonly format: 'csv' | 'ndjson') {}

  add(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === 0x22 && this.format === 'csv') this.quoted = !this.quoted;
      else if (byte === 0x0a && !this.quoted) this.records++;
    }
  }

  /** Data rows: a CSV's header row is not one. */
  get rows(): number {
    return this.format === 'csv' ? Math.max(0, this.records - 1) : this.records;
  }
}

/** What a refused export's JSON body says, on one line. */
export function describeRefusal(status: number, body: string): string {
  try {
    const { error, parameter, message } = JSON.parse(body) as { error?: string; parameter?: string; message?: string };
    return `${status} ${error ?? ''}${parameter ? ` (parameter ${parameter})` : ''}: ${message ?? body}`;
  } catch {
    return `${status}: ${body.slice(0, 200)}`;
  }
}

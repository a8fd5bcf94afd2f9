/**
 * The export downloads (pure): each export's URL from the chosen range and format, the file name from the server's
 * Content-Disposition, and the message of a refused request (a 4xx's JSON body).
 */
export type ExportKind = 'transfers' | 'agent-performance' | 'queue-performance';
export type ExportFormat = 'csv' | 'ndjson';
export type Granularity = 'hour' | 'day';

export const EXPORT_KINDS: readonly ExportKind[] = ['transfers', 'agent-performance', 'queue-performance'];
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'ndjson'];
export const GRANULARITIES: readonly Granularity[] = ['hour', 'day'];

export interface ExportChoice {
  kind: ExportKind;
  format: ExportFormat;
  from: Date;
  to: Date;
  /** Performance exports only; transfers are one row each. */
  granularity: Granularity;
}

export function exportUrl(choice: ExportChoice): string {
  const params = new URLSearchParams({ from: choice.from.toISOString(), to: choice.to.toISOString() });
  if (choice.kind !== 'transfers') params.set('granularity', choice.granularity);
  params.set('format', choice.format);
  return `/export/${choice.kind}?${params.toString()}`;
}

/** A name safe to save under: no folders, no control characters. */
function safeName(name: string): string | null {
  const base = name.replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base && base !== '.' && base !== '..' ? base : null;
}

function decodeExtended(value: string): string | null {
  const match = /^([\w!#$%&+^`{}~-]+)'[^']*'(.*)$/.exec(value.trim().replace(/^"(.*)"$/, '$1'));
  if (!match) return null;
  try {
    // UTF-8 percent-decodes as URI text; ISO-8859-1 (the other charset RFC 5987 names) is one byte per character.
    return /^utf-8$/i.test(match[1]) ? decodeURIComponent(match[2]) : match[2].replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  } catch {
    return null;
  }
}

/**
 * The file name a Content-Disposition header gives (RFC 6266): `filename*` (RFC 5987, UTF-8) before `filename`,
 * quoted or not; `fallback` when there is none.
 */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const params = new Map<string, string>();
  const pattern = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (let match = pattern.exec(header); match; match = pattern.exec(header)) {
    const value = match[2].trim();
    params.set(match[1].toLowerCase(), value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value);
  }
  const extended = params.has('filename*') ? decodeExtended(params.get('filename*') ?? '') : null;
  const plain = params.get('filename') ?? null;
  return safeName(extended ?? '') ?? safeName(plain ?? '') ?? fallback;
}

/** The name to save under when the server names none: the export, its range and its format. */
export function fallbackFilename(choice: ExportChoice): string {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return `${choice.kind}_${day(choice.from)}_${day(choice.to)}.${choice.format}`;
}

/** A refusal's words: the JSON body's message (a string or, from validation, a list), else the status. */
export function refusalMessage(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown; parameter?: unknown };
    const message = Array.isArray(parsed.message) ? parsed.message.filter((item) => typeof item === 'string').join('; ') : parsed.message;
    if (typeof message === 'string' && message) return message;
    if (typeof parsed.error === 'string' && parsed.error) return parsed.error;
  } catch {
    // Not JSON: the status says enough.
  }
  return `HTTP ${status}`;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface Range {
  from: Date;
  to: Date;
}

/** The api counts whole hours (UTC); the end is rounded up so the current hour is included. */
export function lastDays(days: number, now = new Date()): Range {
  const to = new Date(Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS);
  return { from: new Date(to.getTime() - days * DAY_MS), to };
}

export function today(now = new Date()): Range {
  const from = new Date(now);
  from.setHours(0, 0, 0, 0);
  return { from, to: lastDays(0, now).to };
}

/** <input type="datetime-local"> speaks local time without a zone. */
export function toLocalInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromLocalInput(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

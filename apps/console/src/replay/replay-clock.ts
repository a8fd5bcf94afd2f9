/**
 * The replay slider's arithmetic (pure): a chosen local day as a span of instants, the slider's position in seconds
 * from the day's start, playback at 10× or 60×, and the keys that move the thumb by minutes and hours.
 */
const SECOND_MS = 1000;
const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const PLAY_SPEEDS = [10, 60] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/** Null: the live board; otherwise the instant shown and, while playing, how fast it moves. */
export type Replay = { at: number; speed: PlaySpeed | null } | null;

/** A day's instants (epoch ms): from its local midnight to its last second, or to now when the day is today. */
export interface DaySpan {
  start: number;
  end: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The local day of an instant as <input type="date"> writes it (YYYY-MM-DD). */
export function dayOf(instant: number): string {
  const date = new Date(instant);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The span of a local day (YYYY-MM-DD); null for a malformed or future day. */
export function daySpan(day: string, now: number): DaySpan | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = match.slice(1).map(Number);
  const start = new Date(year, month - 1, date).getTime();
  // The next midnight by the calendar, not +24 h: a day with a daylight-saving change has 23 or 25 hours.
  const next = new Date(year, month - 1, date + 1).getTime();
  if (Number.isNaN(start) || start > now) return null;
  return { start, end: Math.min(next - SECOND_MS, now) };
}

/** The slider's length in whole seconds. */
export function spanSeconds(span: DaySpan): number {
  return Math.floor((span.end - span.start) / SECOND_MS);
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The instant at a slider position (seconds since the day's start). */
export function instantAt(span: DaySpan, position: number): number {
  return span.start + clamp(Math.round(position), 0, spanSeconds(span)) * SECOND_MS;
}

/** The slider position of an instant, held within the day. */
export function positionOf(span: DaySpan, instant: number): number {
  return clamp(Math.round((instant - span.start) / SECOND_MS), 0, spanSeconds(span));
}

/** The same time of day on another day (held within that day): "this hour, yesterday". */
export function sameTimeOn(span: DaySpan, instant: number): number {
  const time = new Date(instant);
  const moved = new Date(span.start);
  moved.setHours(time.getHours(), time.getMinutes(), time.getSeconds(), 0);
  return clamp(moved.getTime(), span.start, span.end);
}

/** Playback: `elapsedMs` of real time moves the instant `speed` times as far; it stops at the span's end. */
export function advance(instant: number, elapsedMs: number, speed: PlaySpeed, span: DaySpan): { at: number; ended: boolean } {
  const at = Math.min(instant + elapsedMs * speed, span.end);
  return { at, ended: at >= span.end };
}

/** Where play starts: where the thumb is, or the day's start when the thumb is already at its end. */
export function playStart(instant: number, span: DaySpan): number {
  return instant >= span.end ? span.start : clamp(instant, span.start, span.end);
}

/** Arrow keys move a minute, Page Up/Down an hour, Home/End to the day's ends; null for any other key. */
export function keyedPosition(key: string, position: number, length: number): number | null {
  const step: Record<string, number> = { ArrowLeft: -MINUTE, ArrowDown: -MINUTE, ArrowRight: MINUTE, ArrowUp: MINUTE, PageDown: -HOUR, PageUp: HOUR };
  if (key === 'Home') return 0;
  if (key === 'End') return length;
  return key in step ? clamp(position + step[key], 0, length) : null;
}

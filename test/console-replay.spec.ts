import { advance, dayOf, daySpan, instantAt, keyedPosition, playStart, positionOf, sameTimeOn, spanSeconds } from '../apps/console/src/replay/replay-clock';

/** The replay slider's logic (pure). Local times run in the process's zone, as in the browser. */
const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(y, m - 1, d, h, min, s).getTime();

describe('console replay: slider instant ↔ position', () => {
  const now = local(2026, 12, 2, 10, 30, 15);

  it('spans a past day from its midnight to its last second, and today only up to now', () => {
    expect(daySpan('2026-12-01', now)).toEqual({ start: local(2026, 12, 1), end: local(2026, 12, 1, 23, 59, 59) });
    expect(daySpan('2026-12-02', now)).toEqual({ start: local(2026, 12, 2), end: now });
    expect(spanSeconds(daySpan('2026-12-01', now)!)).toBe(86_399);
  });

  it('refuses a future or malformed day', () => {
    expect(daySpan('2026-12-03', now)).toBeNull();
    expect(daySpan('12/01/2026', now)).toBeNull();
    expect(daySpan('', now)).toBeNull();
  });

  it('maps a position in seconds to the instant and back, held within the day', () => {
    const span = daySpan('2026-12-01', now)!;
    expect(instantAt(span, 0)).toBe(local(2026, 12, 1));
    expect(instantAt(span, 10 * 3600 + 42 * 60)).toBe(local(2026, 12, 1, 10, 42));
    expect(positionOf(span, local(2026, 12, 1, 10, 42))).toBe(38_520);
    expect(instantAt(span, -5)).toBe(span.start);
    expect(instantAt(span, 999_999)).toBe(span.end);
    expect(positionOf(span, local(2026, 11, 30, 12))).toBe(0);
    expect(positionOf(span, local(2026, 12, 2, 12))).toBe(86_399);
    for (const position of [0, 1, 3600, 50_000, 86_399]) expect(positionOf(span, instantAt(span, position))).toBe(position);
  });

  it("today's slider never reaches past now", () => {
    const span = daySpan('2026-12-02', now)!;
    expect(instantAt(span, spanSeconds(span))).toBeLessThanOrEqual(now);
    expect(dayOf(instantAt(span, spanSeconds(span)))).toBe('2026-12-02');
  });

  it('moves to the same time on another day, or to the end of today when that time has not come yet', () => {
    const yesterday = daySpan('2026-12-01', now)!;
    expect(sameTimeOn(yesterday, local(2026, 12, 2, 10, 30, 15))).toBe(local(2026, 12, 1, 10, 30, 15));
    const today = daySpan('2026-12-02', now)!;
    expect(sameTimeOn(today, local(2026, 12, 1, 18))).toBe(now);
  });

  it('moves by a minute with the arrows, an hour with Page Up/Down, to the ends with Home/End', () => {
    expect(keyedPosition('ArrowRight', 100, 1000)).toBe(160);
    expect(keyedPosition('ArrowDown', 100, 1000)).toBe(40);
    expect(keyedPosition('ArrowLeft', 30, 1000)).toBe(0);
    expect(keyedPosition('PageUp', 100, 5000)).toBe(3700);
    expect(keyedPosition('PageUp', 4000, 5000)).toBe(5000);
    expect(keyedPosition('Home', 4000, 5000)).toBe(0);
    expect(keyedPosition('End', 10, 5000)).toBe(5000);
    expect(keyedPosition('a', 10, 5000)).toBeNull();
  });
});

describe('console replay: play speed', () => {
  const span = { start: local(2026, 12, 1), end: local(2026, 12, 1, 23, 59, 59) };

  it('moves 10× or 60× the real time elapsed', () => {
    const at = local(2026, 12, 1, 10);
    expect(advance(at, 1000, 10, span)).toEqual({ at: at + 10_000, ended: false });
    expect(advance(at, 250, 60, span)).toEqual({ at: at + 15_000, ended: false });
  });

  it("stops at the day's end", () => {
    expect(advance(span.end - 5000, 1000, 60, span)).toEqual({ at: span.end, ended: true });
  });

  it('plays from the thumb, or from the start of the day when the thumb is at its end (the live board)', () => {
    expect(playStart(local(2026, 12, 1, 9), span)).toBe(local(2026, 12, 1, 9));
    expect(playStart(span.end, span)).toBe(span.start);
  });
});

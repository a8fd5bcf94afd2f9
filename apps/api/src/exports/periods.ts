export type Granularity = 'hour' | 'day';

const PERIOD_MS: Record<Granularity, number> = { hour: 3_600_000, day: 86_400_000 };

/** The UTC hours or days that cover [from, to), the first and last clipped to the range; lazily, one at a time. */
export function* periods(from: string, to: string, granularity: Granularity): Generator<{ from: string; to: string }> {
  const length = PERIOD_MS[granularity];
  const end = Date.parse(to);
  for (let start = Date.parse(from); start < end; ) {
    const next = Math.min(end, (Math.floor(start / length) + 1) * length);
    yield { from: new Date(start).toISOString(), to: new Date(next).toISOString() };
    start = next;
  }
}

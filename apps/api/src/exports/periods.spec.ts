import { periods } from './periods';

describe('export periods', () => {
  it('cuts a range into UTC hours', () => {
    expect([...periods('2026-12-01T22:00:00.000Z', '2026-12-02T01:00:00.000Z', 'hour')].map((p) => p.from)).toEqual([
      '2026-12-01T22:00:00.000Z', '2026-12-01T23:00:00.000Z', '2026-12-02T00:00:00.000Z',
    ]);
  });

  it('cuts a range into UTC days, the first and last clipped to the range', () => {
    expect([...periods('2026-12-01T22:00:00.000Z', '2026-12-03T05:00:00.000Z', 'day')]).toEqual([
      { from: '2026-12-01T22:00:00.000Z', to: '2026-12-02T00:00:00.000Z' },
      { from: '2026-12-02T00:00:00.000Z', to: '2026-12-03T00:00:00.000Z' },
      { from: '2026-12-03T00:00:00.000Z', to: '2026-12-03T05:00:00.000Z' },
    ]);
  });

  it('gives nothing for an empty range', () => {
    expect([...periods('2026-12-01T22:00:00.000Z', '2026-12-01T22:00:00.000Z', 'day')]).toEqual([]);
  });
});

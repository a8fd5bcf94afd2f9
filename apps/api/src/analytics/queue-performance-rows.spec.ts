import { periodsOf } from './queue-performance-rows';

describe('export periods', () => {
  it('cuts [from, to) at UTC day starts, the first and last day clipped to the range', () => {
    expect(periodsOf('2026-03-01T22:00:00.000Z', '2026-03-03T05:00:00.000Z', 'day')).toEqual([
      { from: '2026-03-01T22:00:00.000Z', to: '2026-03-02T00:00:00.000Z' },
      { from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' },
      { from: '2026-03-03T00:00:00.000Z', to: '2026-03-03T05:00:00.000Z' },
    ]);
  });

  it('cuts at every hour, and gives one period for the whole range, none when it is empty', () => {
    expect(periodsOf('2026-03-01T22:00:00.000Z', '2026-03-02T00:00:00.000Z', 'hour').map((p) => p.from)).toEqual(['2026-03-01T22:00:00.000Z', '2026-03-01T23:00:00.000Z']);
    expect(periodsOf('2026-03-01T22:00:00.000Z', '2026-03-02T00:00:00.000Z', 'range')).toEqual([{ from: '2026-03-01T22:00:00.000Z', to: '2026-03-02T00:00:00.000Z' }]);
    expect(periodsOf('2026-03-01T22:00:00.000Z', '2026-03-01T22:00:00.000Z', 'day')).toEqual([]);
  });
});

import { exportUrl, fallbackFilename, filenameFromDisposition, refusalMessage } from '../apps/console/src/performance/export-request';
import { buildFlowMatrix, Flow, heatOf } from '../apps/console/src/performance/flow-matrix';
import { figuresPerQueue, gradeOf, QueueFigures } from '../apps/console/src/performance/queue-figures';

/** The performance screen's analyst logic (pure): the transfer-flow matrix, the queue figures, the export requests. */
describe('console performance: transfer-flow matrix', () => {
  const ana = { id: 'ana', name: 'Ana' };
  const ben = { id: 'ben', name: 'Ben' };
  const cleo = { id: 'cleo', name: 'Cleo' };
  const billing = { id: 'billing', name: 'Billing' };
  const tech = { id: 'tech', name: 'Tech' };
  const flows: Flow[] = [
    { reason: billing, fromAgent: ana, toAgent: ben, count: 5 },
    { reason: tech, fromAgent: ana, toAgent: ben, count: 2 },
    { reason: billing, fromAgent: ben, toAgent: ana, count: 3 },
    { reason: tech, fromAgent: cleo, toAgent: ana, count: 1 },
  ];

  it('sums every reason into from (rows) × to (columns), busiest first, with totals', () => {
    const matrix = buildFlowMatrix(flows, null);
    expect(matrix.rows.map((row) => row.id)).toEqual(['ana', 'ben', 'cleo']);
    expect(matrix.columns.map((column) => column.id)).toEqual(['ben', 'ana']);
    expect(matrix.cells).toEqual([
      [7, 0],
      [0, 3],
      [0, 1],
    ]);
    expect(matrix.rowTotals).toEqual([7, 3, 1]);
    expect(matrix.columnTotals).toEqual([7, 4]);
    expect(matrix.total).toBe(11);
    expect(matrix.max).toBe(7);
  });

  it('keeps one reason only when one is chosen', () => {
    const matrix = buildFlowMatrix(flows, 'tech');
    expect(matrix.rows.map((row) => row.id)).toEqual(['ana', 'cleo']);
    expect(matrix.columns.map((column) => column.id)).toEqual(['ben', 'ana']);
    expect(matrix.cells).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(matrix.total).toBe(3);
  });

  it('is empty without flows, with a heat scale that cannot divide by zero', () => {
    const matrix = buildFlowMatrix([], null);
    expect(matrix).toMatchObject({ rows: [], columns: [], cells: [], total: 0, max: 1 });
  });

  it('heats a cell by its share of the largest, never invisibly faint', () => {
    expect(heatOf(0, 7)).toBe(0);
    expect(heatOf(7, 7)).toBe(1);
    expect(heatOf(1, 100)).toBe(0.12);
    expect(heatOf(35, 70)).toBe(0.5);
  });
});

describe('console performance: queue figures', () => {
  const row = (queueId: string, change: Partial<QueueFigures>): QueueFigures => ({
    queueId, entered: 0, answered: 0, answeredInTime: 0, abandoned: 0, serviceLevel: null, avgWaitSeconds: null, maxWaitSeconds: null,
    offers: 0, offersDeclined: 0, offersExpired: 0, waitBreaches: 0, ...change,
  });

  it('sums rows of the same queue as the contract defines each figure', () => {
    const [sales, support] = figuresPerQueue([
      row('support', { answered: 1, avgWaitSeconds: 5, maxWaitSeconds: 5, serviceLevel: 1, answeredInTime: 1 }),
      row('sales', { entered: 4, answered: 3, answeredInTime: 2, abandoned: 1, avgWaitSeconds: 20, maxWaitSeconds: 50, offers: 4, offersDeclined: 1, waitBreaches: 1 }),
      row('sales', { entered: 2, answered: 1, answeredInTime: 1, avgWaitSeconds: 80, maxWaitSeconds: 80, offersExpired: 2 }),
    ]);
    expect(sales).toEqual(row('sales', {
      entered: 6, answered: 4, answeredInTime: 3, abandoned: 1, serviceLevel: 3 / 5, avgWaitSeconds: 35, maxWaitSeconds: 80,
      offers: 4, offersDeclined: 1, offersExpired: 2, waitBreaches: 1,
    }));
    expect(support.serviceLevel).toBe(1);
  });

  it('has no service level and no wait when nothing ended', () => {
    expect(figuresPerQueue([row('a', { entered: 2 }), row('a', { entered: 1 })])[0]).toMatchObject({ entered: 3, serviceLevel: null, avgWaitSeconds: null, maxWaitSeconds: null });
  });

  it('grades the service level at a glance', () => {
    expect([gradeOf(null), gradeOf(0.95), gradeOf(0.8), gradeOf(0.7), gradeOf(0.2)]).toEqual(['none', 'good', 'good', 'fair', 'poor']);
  });
});

describe('console performance: export downloads', () => {
  const choice = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z'), format: 'csv' as const, granularity: 'day' as const };

  it("asks for each export over the screen's range, with granularity only for performance", () => {
    expect(exportUrl({ ...choice, kind: 'transfers' })).toBe('/export/transfers?from=2026-11-01T00%3A00%3A00.000Z&to=2026-12-01T00%3A00%3A00.000Z&format=csv');
    expect(exportUrl({ ...choice, kind: 'agent-performance', format: 'ndjson' })).toBe(
      '/export/agent-performance?from=2026-11-01T00%3A00%3A00.000Z&to=2026-12-01T00%3A00%3A00.000Z&granularity=day&format=ndjson',
    );
    expect(exportUrl({ ...choice, kind: 'queue-performance', granularity: 'hour' })).toContain('/export/queue-performance?from=');
  });

  it('saves under the name Content-Disposition gives, filename* first', () => {
    expect(filenameFromDisposition('attachment; filename="transfers_2026-11.csv"', 'x')).toBe('transfers_2026-11.csv');
    expect(filenameFromDisposition('attachment; filename=transfers.ndjson', 'x')).toBe('transfers.ndjson');
    expect(filenameFromDisposition(`attachment; filename="fallback.csv"; filename*=UTF-8''transferencias%20ma%C3%B1ana.csv`, 'x')).toBe('transferencias mañana.csv');
    expect(filenameFromDisposition(`attachment; filename*=iso-8859-1'es'ma%F1ana.csv`, 'x')).toBe('mañana.csv');
    expect(filenameFromDisposition('attachment; filename="a \\"quoted\\" name.csv"', 'x')).toBe('a "quoted" name.csv');
  });

  it('falls back to a name of its own without a usable one, and never saves into a folder', () => {
    expect(filenameFromDisposition(null, 'fallback.csv')).toBe('fallback.csv');
    expect(filenameFromDisposition('attachment', 'fallback.csv')).toBe('fallback.csv');
    expect(filenameFromDisposition('attachment; filename=""', 'fallback.csv')).toBe('fallback.csv');
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A`, 'fallback.csv')).toBe('fallback.csv');
    expect(fallbackFilename({ ...choice, kind: 'transfers' })).toBe('transfers_2026-11-01_2026-12-01.csv');
  });

  it("shows a refusal's JSON message, a validation list joined, else the status", () => {
    expect(refusalMessage(400, JSON.stringify({ statusCode: 400, message: 'from must be before to', parameter: 'from' }))).toBe('from must be before to');
    expect(refusalMessage(400, JSON.stringify({ message: ['from is required', 'format must be csv or ndjson'] }))).toBe('from is required; format must be csv or ndjson');
    expect(refusalMessage(403, JSON.stringify({ error: 'Forbidden' }))).toBe('Forbidden');
    expect(refusalMessage(502, '<html>Bad gateway</html>')).toBe('HTTP 502');
  });
});

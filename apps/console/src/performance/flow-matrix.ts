/**
 * The transfer-flow heat map (pure): transferAnalytics' flows (reason × from agent → to agent) as a matrix with one
 * row per agent who transferred and one column per agent who received, for one reason or all of them together.
 */
interface Named {
  id: string;
  name: string;
}

export interface Flow {
  reason: Named;
  fromAgent: Named;
  toAgent: Named;
  count: number;
}

export interface FlowMatrix {
  rows: Named[];
  columns: Named[];
  /** cells[row][column]: transfers from rows[row] to columns[column]. */
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
  /** The largest cell, for the heat scale (at least 1). */
  max: number;
}

/** Most transfers first, then by name: the busiest agents sit top left. */
function ranked(totals: Map<string, { agent: Named; total: number }>): Named[] {
  return [...totals.values()].sort((a, b) => b.total - a.total || a.agent.name.localeCompare(b.agent.name) || a.agent.id.localeCompare(b.agent.id)).map((entry) => entry.agent);
}

function addTo(totals: Map<string, { agent: Named; total: number }>, agent: Named, count: number): void {
  const entry = totals.get(agent.id) ?? { agent, total: 0 };
  entry.total += count;
  totals.set(agent.id, entry);
}

/** `reasonId` null: every reason summed. */
export function buildFlowMatrix(flows: readonly Flow[], reasonId: string | null): FlowMatrix {
  const chosen = flows.filter((flow) => reasonId === null || flow.reason.id === reasonId);
  const senders = new Map<string, { agent: Named; total: number }>();
  const receivers = new Map<string, { agent: Named; total: number }>();
  for (const flow of chosen) {
    addTo(senders, flow.fromAgent, flow.count);
    addTo(receivers, flow.toAgent, flow.count);
  }
  const rows = ranked(senders);
  const columns = ranked(receivers);
  const cells = rows.map(() => columns.map(() => 0));
  for (const flow of chosen) {
    cells[rows.findIndex((row) => row.id === flow.fromAgent.id)][columns.findIndex((column) => column.id === flow.toAgent.id)] += flow.count;
  }
  const rowTotals = cells.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columnTotals = columns.map((_, column) => cells.reduce((sum, row) => sum + row[column], 0));
  return {
    rows,
    columns,
    cells,
    rowTotals,
    columnTotals,
    total: rowTotals.reduce((sum, count) => sum + count, 0),
    max: Math.max(1, ...cells.flat()),
  };
}

/** A cell's heat from 0 (none) to 1 (the largest cell); a non-empty cell is never fainter than 0.12, so it shows. */
export function heatOf(count: number, max: number): number {
  if (count <= 0) return 0;
  return Math.max(0.12, Math.min(1, count / max));
}

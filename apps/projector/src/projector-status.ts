import { Position } from '@handoff/event-store';
import { ProjectionStatus } from '@handoff/projections';

/** One line for the periodic status log: the log's head and where each projection stands. */
export function describeStatus(head: Position, projections: readonly ProjectionStatus[], deadLettered: number): string {
  const parts = projections.map((status) => {
    const owner = status.owned ? '' : ' (written by another projector)';
    const building = status.building ? `, building g${status.building.generation} at ${status.building.position}` : '';
    return `${status.projection} g${status.generation} at ${status.position}${building}${owner}`;
  });
  return `head ${head}; ${parts.join('; ')}; dead letters ${deadLettered}`;
}

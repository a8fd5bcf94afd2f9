/** What an agent holds against its capacity: OFFERED and ASSIGNED both count. */
export interface LoadFigures {
  activeConversations: number;
  pendingOffers: number;
  maxConversations: number | null;
}

export const UNLIMITED = '∞';

export function heldConversations(load: LoadFigures): number {
  return load.activeConversations + load.pendingOffers;
}

/** "2 / 3", or "2 / ∞" without a limit. */
export function loadLabel(load: LoadFigures): string {
  return `${heldConversations(load)} / ${load.maxConversations ?? UNLIMITED}`;
}

export function atCapacity(load: LoadFigures): boolean {
  return load.maxConversations !== null && heldConversations(load) >= load.maxConversations;
}

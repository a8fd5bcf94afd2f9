import { TransferReasonEvent } from './transfer-reason.events';

export type TransferReason =
  | { exists: false }
  | { exists: true; reasonId: string; name: string; description?: string; active: boolean };

export const initialTransferReason: TransferReason = { exists: false };

/** Defining a retired reason again brings it back, with the new name. */
export function evolve(state: TransferReason, event: TransferReasonEvent): TransferReason {
  switch (event.type) {
    case 'TransferReasonDefined': {
      const { reasonId, name, description } = event.data;
      return { exists: true, reasonId, name, ...(description !== undefined ? { description } : {}), active: true };
    }
    case 'TransferReasonRetired':
      return state.exists ? { ...state, active: false } : state;
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

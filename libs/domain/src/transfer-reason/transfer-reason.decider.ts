import { Actor } from '../shared/actor';
import { authorize } from '../shared/role-matrix';
import { NotFound } from '../shared/errors';
import { TransferReasonEvent, TRANSFER_REASON_EVENT_TYPES } from './transfer-reason.events';
import { Decider } from '../shared/decider';
import { evolve, initialTransferReason, TransferReason } from './transfer-reason.state';

export type TransferReasonCommand =
  | { type: 'DefineTransferReason'; actor: Actor; reasonId: string; name: string; description?: string }
  | { type: 'RetireTransferReason'; actor: Actor; reasonId: string };

/** Defining what is already defined, or retiring what is already retired, is a no-op: no events. */
export function decide(command: TransferReasonCommand, state: TransferReason): TransferReasonEvent[] {
  switch (command.type) {
    case 'DefineTransferReason': {
      authorize(command.actor, 'defineTransferReason');
      const { reasonId, name, description } = command;
      if (state.exists && state.active && state.name === name && state.description === description) return [];
      return [
        { type: 'TransferReasonDefined', data: { reasonId, name, ...(description !== undefined ? { description } : {}) } },
      ];
    }
    case 'RetireTransferReason': {
      authorize(command.actor, 'retireTransferReason');
      if (!state.exists) throw new NotFound('TransferReason', command.reasonId);
      if (!state.active) return [];
      return [{ type: 'TransferReasonRetired', data: { reasonId: command.reasonId } }];
    }
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

export const transferReasonDecider: Decider<TransferReasonCommand, TransferReasonEvent, TransferReason> = {
  decide,
  evolve,
  initialState: initialTransferReason,
  eventTypes: TRANSFER_REASON_EVENT_TYPES,
};

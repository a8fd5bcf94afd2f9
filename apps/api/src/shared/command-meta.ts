import { Actor, checkOptionalId } from '@handoff/domain';
import { randomUUID } from 'node:crypto';

/** Who sends a command and how it is traced: every event it appends carries these. */
export interface CommandMeta {
  actor: Actor;
  commandId: string;
  correlationId: string;
  causationId: string;
}

export function commandMeta(
  actor: Actor,
  ids: { commandId?: unknown; correlationId?: string; causationId?: string } = {},
): CommandMeta {
  const commandId = checkOptionalId('input.commandId', ids.commandId) ?? randomUUID();
  return {
    actor,
    commandId,
    correlationId: ids.correlationId ?? commandId,
    causationId: ids.causationId ?? commandId,
  };
}

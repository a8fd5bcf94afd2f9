import { systemActor } from '@handoff/domain';
import { Dispatch, SystemCommand } from '@handoff/process-managers';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta } from '../shared/command-meta';
import { systemCommandFor } from './system-commands';

/** Who sends a process manager's command and how it is traced: handoff itself, the command id the runner derived. */
export const systemMeta = (command: SystemCommand): CommandMeta => ({
  actor: systemActor(command.tenantId),
  commandId: command.commandId,
  correlationId: command.correlationId,
  causationId: command.causationId,
});

/** Sends a process manager's command through the same command path as people's (refusals reach the runner as thrown). */
export const commandBusDispatch = (commandBus: CommandBus): Dispatch => (command) =>
  commandBus.execute(systemCommandFor(command.type, command.payload, systemMeta(command)));

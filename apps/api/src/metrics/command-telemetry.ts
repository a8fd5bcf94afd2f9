import { DomainError } from '@handoff/domain';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus, ICommand } from '@nestjs/cqrs';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { performance } from 'node:perf_hooks';
import { Unauthenticated } from '../auth/errors';
import { CommandOutcome } from '../shared/command-executor';
import { CommandMeta } from '../shared/command-meta';
import { HandoffMetrics } from './handoff-metrics';

const COMMAND_SUFFIX = /Command$/;

function outcomeOf(result: unknown): { outcome: string; appended: number } {
  const { replayed, appended } = (result ?? {}) as Partial<CommandOutcome>;
  return { outcome: replayed ? 'replayed' : 'ok', appended: appended ?? 0 };
}

function errorCode(error: unknown): string {
  if (error instanceof DomainError || error instanceof Unauthenticated) return error.code;
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * The one place commands are observed: wraps the command bus, so every command, whichever resolver sent it,
 * counts once in the metrics and writes one log line. The line names who did what and how it ended; never a
 * token, a note or any other input text.
 */
@Injectable()
export class CommandTelemetry implements OnModuleInit {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metrics: HandoffMetrics,
    @InjectPinoLogger('Command') private readonly logger: PinoLogger,
  ) {}

  onModuleInit(): void {
    const execute = this.commandBus.execute.bind(this.commandBus);
    this.commandBus.execute = ((command: ICommand, context?: never) =>
      this.observe(command, () => execute(command, context))) as CommandBus['execute'];
  }

  private async observe(command: ICommand, run: () => Promise<unknown>): Promise<unknown> {
    const started = performance.now();
    let result: { outcome: string; appended: number } = { outcome: 'INTERNAL_SERVER_ERROR', appended: 0 };
    let failure: unknown;
    try {
      const answer = await run();
      result = outcomeOf(answer);
      return answer;
    } catch (error) {
      failure = error;
      result = { outcome: errorCode(error), appended: 0 };
      throw error;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      const type = command.constructor.name.replace(COMMAND_SUFFIX, '');
      this.metrics.commandHandled(type, result.outcome, seconds, result.appended);
      this.log(type, (command as { meta?: CommandMeta }).meta, result, seconds, failure);
    }
  }

  private log(type: string, meta: CommandMeta | undefined, result: { outcome: string; appended: number }, seconds: number, failure: unknown): void {
    const line = {
      command: type,
      correlationId: meta?.correlationId,
      commandId: meta?.commandId,
      tenant: meta?.actor.tenantId,
      actorId: meta?.actor.id,
      outcome: result.outcome,
      events: result.appended,
      durationMs: Math.round(seconds * 1e6) / 1000,
    };
    if (result.outcome === 'INTERNAL_SERVER_ERROR') {
      this.logger.error({ ...line, error: failure instanceof Error ? failure.name : typeof failure }, 'command failed');
    } else {
      this.logger.info(line, 'command');
    }
  }
}

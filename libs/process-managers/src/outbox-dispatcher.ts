import { SystemCommand } from './process-manager';

export type Dispatch = (command: SystemCommand) => Promise<unknown>;

export interface PmLogger {
  debug(message: string): void;
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentPmLogger: PmLogger = { debug: () => undefined, log: () => undefined, warn: () => undefined, error: () => undefined };

/** The command path refused: the condition the manager acted on no longer holds, and sending again changes nothing. */
const REFUSALS = new Set(['INVALID_STATE', 'NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

export function isRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && REFUSALS.has(code);
}

export interface OutboxPort {
  pending(limit: number): Promise<SystemCommand[]>;
  /** Removes sent (or refused) entries, committed under the lease. */
  remove(commandIds: readonly string[]): Promise<void>;
  /** False once the lease is gone or the runner stopped. */
  active(): boolean;
}

const PAGE = 100;

/** What a command is about: commands about one thing are sent in order. */
function subjectOf(command: SystemCommand): string {
  const { conversationId, agentId, queueId } = command.payload;
  for (const [kind, id] of [['conversation', conversationId], ['agent', agentId], ['queue', queueId]] as const) {
    if (typeof id === 'string') return `${command.tenantId}\u0000${kind}\u0000${id}`;
  }
  return `${command.tenantId}\u0000command\u0000${command.commandId}`;
}

/**
 * Sends the outbox in order per subject (see `sendPage`), one drain at a time. A refused command is dropped (logged at debug); a transient
 * failure stops the drain, keeps the entry and tries again after a growing delay. Entries sent but not yet removed
 * when the process dies are sent again at restart: their command ids make the command path append nothing twice.
 */
export class OutboxDispatcher {
  private draining?: Promise<void>;
  private again = false;
  private retryTimer?: NodeJS.Timeout;
  private failures = 0;

  constructor(
    private readonly outbox: OutboxPort,
    private readonly dispatch: Dispatch,
    private readonly logger: PmLogger,
    private readonly retryDelayMs: { min: number; max: number },
  ) {}

  kick(): void {
    // Backing off: the retry drains what was added meanwhile.
    if (this.retryTimer) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error) => this.retryLater(error))
      .finally(() => {
        this.draining = undefined;
        if (this.again && this.outbox.active()) this.kick();
      });
  }

  async idle(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    await this.draining;
  }

  private async drain(): Promise<void> {
    this.again = false;
    while (this.outbox.active()) {
      const commands = await this.outbox.pending(PAGE);
      if (commands.length === 0) return;
      const done: string[] = [];
      try {
        await this.sendPage(commands, done);
      } finally {
        if (done.length) await this.outbox.remove(done);
      }
      this.failures = 0;
    }
  }

  /**
   * The commands of one subject (conversation, else agent, else queue) in outbox order; those of different subjects
   * side by side, so one slow command does not hold up every other (offers to 200 agents are not sent one by one).
   */
  private async sendPage(commands: readonly SystemCommand[], done: string[]): Promise<void> {
    const bySubject = new Map<string, SystemCommand[]>();
    for (const command of commands) bySubject.set(subjectOf(command), [...(bySubject.get(subjectOf(command)) ?? []), command]);
    const failures: unknown[] = [];
    await Promise.all([...bySubject.values()].map(async (inOrder) => {
      for (const command of inOrder) {
        if (!this.outbox.active() || failures.length) return;
        try {
          await this.send(command);
          done.push(command.commandId);
        } catch (error) {
          failures.push(error);
        }
      }
    }));
    if (failures.length) throw failures[0];
  }

  private async send(command: SystemCommand): Promise<void> {
    try {
      await this.dispatch(command);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      this.logger.debug(`${command.processManager}: ${command.type} ${command.commandId} refused, dropped: ${String(error)}`);
    }
  }

  private retryLater(error: unknown): void {
    const delay = Math.min(this.retryDelayMs.max, this.retryDelayMs.min * 2 ** this.failures++);
    this.logger.warn(`could not send a command (${String(error)}); retrying in ${delay} ms`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.outbox.active()) this.kick();
    }, delay);
    this.retryTimer.unref();
  }
}

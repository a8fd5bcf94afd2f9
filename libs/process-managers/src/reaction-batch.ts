import { DocumentWrite } from '@handoff/read-store';
import { PmStore, deleteOutbox, deleteTimer, putOutbox, putState, putTimer } from './pm-store';
import { commandIdFor, PmDocument, PmState, Reaction, SystemCommand, Timer, timerFireId } from './process-manager';

/** What caused a reaction: the event (or timer) whose id the commands and timers it sets derive from. */
export interface Cause {
  manager: string;
  tenantId: string;
  causationId: string;
  correlationId: string;
  keys: readonly string[];
}

const slot = (tenantId: string, key: string): string => `${tenantId}\u0000${key}`;

/**
 * The writes of one batch of reactions, to be committed together: state documents (later reactions of the batch
 * read the earlier ones' state), timers set and cancelled, and the outbox of commands to send.
 */
export class ReactionBatch {
  private readonly state = new Map<string, PmDocument | null>();
  private readonly writes = new Map<string, DocumentWrite>();
  readonly commands: SystemCommand[] = [];
  setsTimers = false;

  constructor(private readonly store: PmStore, private readonly seqPrefix: string) {}

  async stateFor(tenantId: string, keys: readonly string[]): Promise<PmState> {
    const missing = keys.filter((key) => !this.state.has(slot(tenantId, key)));
    if (missing.length) for (const [key, doc] of await this.store.state(tenantId, missing)) this.state.set(slot(tenantId, key), doc);
    return Object.fromEntries(keys.map((key) => [key, this.state.get(slot(tenantId, key)) ?? null]));
  }

  /** A timer that fired: it leaves the store in the same commit as what it causes. */
  fired(timer: Timer): void {
    this.write(deleteTimer(timer.tenantId, timer.id));
  }

  /** A command sent: it leaves the outbox (no state change, so any batch can carry it). */
  sent(commandId: string): void {
    this.write(deleteOutbox(commandId));
  }

  record(cause: Cause, reaction: Reaction): void {
    const { manager, tenantId, causationId, correlationId } = cause;
    for (const [key, value] of Object.entries(reaction.state ?? {})) {
      this.state.set(slot(tenantId, key), value);
      this.write(putState(tenantId, key, value));
    }
    for (const id of reaction.timers?.cancel ?? []) this.write(deleteTimer(tenantId, id));
    for (const request of reaction.timers?.set ?? []) {
      this.setsTimers = true;
      this.write(putTimer({
        id: request.id, tenantId, dueAt: request.dueAt.toISOString(), payload: request.payload, keys: [...(request.keys ?? cause.keys)],
        fireId: timerFireId(manager, tenantId, request.id, causationId), correlationId,
      }));
    }
    (reaction.commands ?? []).forEach((request, index) => {
      const command: SystemCommand = {
        commandId: commandIdFor(manager, causationId, index), tenantId, type: request.type, payload: request.payload,
        causationId, correlationId, processManager: manager,
      };
      this.commands.push(command);
      this.write(putOutbox(command, `${this.seqPrefix}.${String(this.commands.length).padStart(6, '0')}`));
    });
  }

  documentWrites(): DocumentWrite[] {
    return [...this.writes.values()];
  }

  private write(write: DocumentWrite): void {
    const id = write.kind === 'put' ? write.document.id : write.id;
    const tenantId = write.kind === 'put' ? write.document.tenantId : write.tenantId;
    // Later writes of a document replace earlier ones in the batch: a timer set then cancelled is gone.
    this.writes.delete(slot(tenantId, id));
    this.writes.set(slot(tenantId, id), write);
  }
}

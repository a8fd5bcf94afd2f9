import { eventIdFor, EventStore, NewEvent, RecordedEvent } from '@handoff/event-store';
import { ProcessManager, SystemCommand } from '../process-manager';

/**
 * A toy process manager: `ToyStarted {subject, delayMs}` sends `ToyAcknowledge` at once and a `ToyRemind` after
 * delayMs unless `ToyStopped {subject}` came first. The test dispatch appends one event per command, with event ids
 * derived from the command id as the api's command path does, so the log counts what was sent, once.
 */
export const toyManager: ProcessManager = {
  name: 'toy',
  version: 1,
  eventTypes: ['ToyStarted', 'ToyStopped'],
  firstStart: 'beginning',
  keys: (event) => [String(event.data.subject)],
  react(state, event, now) {
    const subject = String(event.data.subject);
    if (event.type === 'ToyStopped') return { state: { [subject]: { waiting: false } }, timers: { cancel: [`remind:${subject}`] } };
    const dueAt = new Date(now.getTime() + Number(event.data.delayMs ?? 1000));
    return {
      state: { [subject]: { waiting: true } },
      commands: [{ type: 'ToyAcknowledge', payload: { subject } }],
      timers: { set: [{ id: `remind:${subject}`, dueAt, payload: { subject } }] },
    };
  },
  onTimer(state, timer) {
    const subject = String(timer.payload.subject);
    if (!state[subject]?.waiting) return {};
    return { state: { [subject]: { waiting: false } }, commands: [{ type: 'ToyRemind', payload: { subject } }] };
  },
};

export const TOY_TENANT = 'toy-tenant';
const streamOf = (subject: string): string => `toy-${TOY_TENANT}.${subject}`;

function toyEvent(eventId: string, type: string, data: Record<string, unknown>, commandId: string, causationId: string): NewEvent {
  return {
    eventId, type, data,
    metadata: {
      tenantId: TOY_TENANT, actor: { id: 'system', role: 'ADMIN' }, occurredAt: new Date().toISOString(),
      commandId, correlationId: `corr-${String(data.subject)}`, causationId, schemaVersion: 1,
    },
  };
}

/** A person's event in the log, idempotent by its id. */
export async function appendToy(store: EventStore, type: 'ToyStarted' | 'ToyStopped', subject: string, delayMs = 1000): Promise<void> {
  const stream = streamOf(subject);
  const commandId = `${type}-${subject}`;
  await store.append(stream, [toyEvent(eventIdFor({ tenantId: TOY_TENANT, stream, commandId }, 0), type, { subject, delayMs }, commandId, commandId)], 'any');
}

const RESULT: Record<string, string> = { ToyAcknowledge: 'ToyAcknowledged', ToyRemind: 'ToyReminded' };

/** The command path of the toy: one event per command, appended once per command id. */
export function toyDispatch(store: EventStore): (command: SystemCommand) => Promise<void> {
  return async (command) => {
    const subject = String(command.payload.subject);
    const stream = streamOf(subject);
    const scope = { tenantId: command.tenantId, stream, commandId: command.commandId };
    await store.append(stream, [toyEvent(eventIdFor(scope, 0), RESULT[command.type], { subject }, command.commandId, command.causationId)], 'any');
  };
}

/** The results in the log: per event type, per subject, how many. */
export async function resultsIn(store: EventStore): Promise<{ events: RecordedEvent[]; count: (type: string, subject: string) => number }> {
  const events = await store.readAll(0n, 1_000_000);
  return { events, count: (type, subject) => events.filter((e) => e.type === type && e.data.subject === subject).length };
}

export async function waitUntil(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

import { eventIdFor, EventStore } from '@handoff/event-store';
import { PmState, ProcessManager, Reaction, SystemCommand } from './process-manager';
import { PmFiles } from './testing/pm-files';
import { waitUntil } from './testing/toy-manager';

const TENANT = 'chain-tenant';

/**
 * A manager whose documents name other documents: `Linked {from, to}` keeps `from → to`; `Walked {from}` follows the
 * links to the end, asking for each next document as it learns its key, and sends the path it walked.
 */
const chainManager: ProcessManager = {
  name: 'chain',
  version: 1,
  eventTypes: ['Linked', 'Walked'],
  firstStart: 'beginning',
  keys: (event) => [String(event.data.from)],
  react(state: PmState, event): Reaction {
    const from = String(event.data.from);
    if (event.type === 'Linked') return { state: { [from]: { to: String(event.data.to) } } };
    const path = [from];
    for (let next = state[from]?.to; typeof next === 'string'; next = state[next]?.to) {
      if (!(next in state)) return { needs: [next], commands: [{ type: 'Wrong', payload: {} }] };
      path.push(next);
    }
    return { commands: [{ type: 'Walk', payload: { path } }] };
  },
  onTimer: () => ({}),
};

async function append(store: EventStore, index: number, type: string, data: Record<string, unknown>): Promise<void> {
  const stream = `chain-${TENANT}.s${index}`;
  const commandId = `${type}-${index}`;
  await store.append(stream, [{
    eventId: eventIdFor({ tenantId: TENANT, stream, commandId }, 0), type, data,
    metadata: { tenantId: TENANT, actor: { id: 'x', role: 'ADMIN' }, occurredAt: new Date().toISOString(), commandId, correlationId: commandId, causationId: commandId, schemaVersion: 1 },
  }], 'any');
}

describe('a reaction that needs more state than its event names', () => {
  it('is called again with the documents it asked for, round after round; only its last answer counts', async () => {
    const files = new PmFiles();
    try {
      const eventStore = files.eventStore();
      const sent: SystemCommand[] = [];
      await append(eventStore, 1, 'Linked', { from: 'a', to: 'b' });
      await append(eventStore, 2, 'Linked', { from: 'b', to: 'c' });
      await append(eventStore, 3, 'Linked', { from: 'c', to: 'd' });
      await append(eventStore, 4, 'Walked', { from: 'a' });
      await files.runner(eventStore, files.readStore(), chainManager, async (command) => void sent.push(command)).start();
      await waitUntil('the walk is sent', () => sent.length > 0);
      expect(sent.map((c) => [c.type, c.payload])).toEqual([['Walk', { path: ['a', 'b', 'c', 'd'] }]]);
    } finally {
      await files.cleanup();
    }
  });
});

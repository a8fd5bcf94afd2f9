import { eventIdFor, EventStore } from '@handoff/event-store';
import { ProcessManager, SystemCommand } from './process-manager';
import { PmFiles } from './testing/pm-files';
import { waitUntil } from './testing/toy-manager';

const TENANT = 'outbox-tenant';

/** `Asked {conversationId}` sends `First` then `Second` about that conversation. */
const pairManager: ProcessManager = {
  name: 'pairs',
  version: 1,
  eventTypes: ['Asked'],
  firstStart: 'beginning',
  keys: () => [],
  react: (_state, event) => ({
    commands: [{ type: 'First', payload: { conversationId: event.data.conversationId } }, { type: 'Second', payload: { conversationId: event.data.conversationId } }],
  }),
  onTimer: () => ({}),
};

async function ask(store: EventStore, conversationId: string): Promise<void> {
  const stream = `pairs-${TENANT}.${conversationId}`;
  await store.append(stream, [{
    eventId: eventIdFor({ tenantId: TENANT, stream, commandId: conversationId }, 0), type: 'Asked', data: { conversationId },
    metadata: { tenantId: TENANT, actor: { id: 'x', role: 'ADMIN' }, occurredAt: new Date().toISOString(), commandId: conversationId, correlationId: conversationId, causationId: conversationId, schemaVersion: 1 },
  }], 'any');
}

describe('the outbox', () => {
  it('sends the commands about different conversations side by side, and those about one conversation in order', async () => {
    const files = new PmFiles();
    try {
      const eventStore = files.eventStore();
      await ask(eventStore, 'c1');
      await ask(eventStore, 'c2');
      const log: string[] = [];
      let c2Arrived!: () => void;
      const c2 = new Promise<void>((resolve) => (c2Arrived = resolve));
      // c1's first command finishes only once c2's first has arrived: one at a time, neither would ever be sent.
      const dispatch = async (command: SystemCommand): Promise<void> => {
        const name = `${command.type} ${String(command.payload.conversationId)}`;
        log.push(`${name} arrived`);
        if (name === 'First c2') c2Arrived();
        if (name === 'First c1') await c2;
        log.push(`${name} done`);
      };
      await files.runner(eventStore, files.readStore(), pairManager, dispatch).start();
      await waitUntil('all four are sent', () => log.filter((line) => line.endsWith('done')).length === 4, 5000);
      expect(log.indexOf('First c2 arrived')).toBeLessThan(log.indexOf('First c1 done'));
      expect(log.indexOf('First c1 done')).toBeLessThan(log.indexOf('Second c1 arrived'));
    } finally {
      await files.cleanup();
    }
  });
});

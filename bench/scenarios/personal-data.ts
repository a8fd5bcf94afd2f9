import { EVENT_STORE, EventStore, storedForm } from '@handoff/event-store';
import { CommandBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandExecutor } from '../../apps/api/src/shared/command-executor';
import { OpenConversationCommand } from '../../apps/api/src/conversations/open-conversation/open-conversation.command';
import { commandMeta } from '../../apps/api/src/shared/command-meta';
import { BENCH_QUEUE, BusCommands } from '../support/commands';
import { Figure, log, runScenario } from '../support/scenario';
import { startInProcess, SUPERVISOR } from '../support/servers';
import { SIZES } from '../support/sizes';
import { closedLoop, latencies, medianOf } from '../support/stats';

/** Commands run before timing starts, so the JIT, SQLite's page cache and the data-key cache are warm. */
const WARM_UP = 1000;
const IN_FLIGHT = 8;
const OPENS = Math.max(100, Math.round(SIZES.commands / 6));
/** Contacts come back: the openings share this many contacts (and their data keys). */
const CONTACTS = 50;

type Layer = 'sealed' | 'bare';

/**
 * The command path (assign, transfer with a note, unassign) with the personal-data layer as the app installs it
 * (`sealed`), or with the command executor writing to and reading from the store beneath it (`bare`): the layer's
 * cost alone, everything else the same.
 */
async function run(layer: Layer): Promise<{ msPerCommand: number; msPerOpen: number; p50: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-pd-'));
  const app = await startInProcess(join(dir, 'handoff.db'), { PROJECTOR: 'off' });
  try {
    const bus = app.get(CommandBus);
    const commands = new BusCommands(bus);
    await commands.seed(SIZES.conversations);
    if (layer === 'bare') Reflect.set(app.get(CommandExecutor), 'eventStore', storedForm(app.get<EventStore>(EVENT_STORE)));
    await closedLoop(WARM_UP, IN_FLIGHT, (i) => commands.step(i, SIZES.conversations));
    const { elapsedMs, samples } = await closedLoop(SIZES.commands, IN_FLIGHT, (i) => commands.step(WARM_UP + i, SIZES.conversations));
    // Openings with a contact: each links its conversation to the contact's data key, a write of the key store.
    const opens = await closedLoop(OPENS, IN_FLIGHT, (i) => bus.execute(new OpenConversationCommand(commandMeta(SUPERVISOR), {
      conversationId: `contact-conv-${i}`, queueId: BENCH_QUEUE, channel: 'whatsapp', contact: { id: `contact-${i % CONTACTS}`, name: `Contact ${i % CONTACTS}` },
    })));
    return { msPerCommand: elapsedMs / SIZES.commands, msPerOpen: opens.elapsedMs / OPENS, p50: latencies(samples).p50 };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

runScenario(async () => {
  log(`command path with and without the personal-data layer: ${SIZES.commands} commands, ${IN_FLIGHT} at a time, over ${SIZES.conversations} conversations`);
  // Alternated run by run, so that a slower stretch of a shared machine weighs on both sides alike.
  const results = await medianOf(SIZES.runs, async () => {
    const bare = await run('bare');
    const sealed = await run('sealed');
    return {
      bare: bare.msPerCommand, sealed: sealed.msPerCommand, bareP50: bare.p50, sealedP50: sealed.p50, bareOpen: bare.msPerOpen, sealedOpen: sealed.msPerOpen,
    };
  });
  const scenario = `command path with encrypted notes and names, ${IN_FLIGHT} in flight`;
  const figures: Figure[] = [
    {
      scenario, figure: 'time per command', unit: 'ms', value: results.sealed, runs: results.runs,
      baseline: { name: 'without the personal-data layer', value: results.bare }, target: { on: 'ratio', bound: 'max', limit: 1.1 },
    },
    { scenario, figure: 'latency p50', unit: 'ms', value: results.sealedP50, runs: results.runs, baseline: { name: 'without the layer', value: results.bareP50 } },
    {
      scenario, figure: 'time per openConversation with a contact', unit: 'ms', value: results.sealedOpen, runs: results.runs,
      baseline: { name: 'without the layer', value: results.bareOpen },
    },
  ];
  return figures;
});

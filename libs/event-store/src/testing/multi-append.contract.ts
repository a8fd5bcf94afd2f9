import { ConcurrencyConflict } from '@handoff/domain';
import { randomUUID } from 'node:crypto';
import { EventStore, StreamAppend } from '../event-store.port';
import { newEvents } from './event-store.contract';

const ANOTHER_COMMAND = { code: 'BAD_USER_INPUT', field: 'input.commandId' };

/** One command's appends to several streams, each with its own scope of event ids, as the command side makes them. */
export function commandAppends(commandId: string, targets: ReadonlyArray<[string, StreamAppend['expectedVersion']]>, commandHash?: string): StreamAppend[] {
  return targets.map(([stream, expectedVersion]) => ({
    stream,
    events: newEvents(commandId, 1, { stream, commandHash }),
    expectedVersion,
  }));
}

/** The multi-stream append part of the contract; `store()` and `open()` are the suite's current store and a new connection. */
export function describeMultiAppendContract(store: () => EventStore, open: () => Promise<EventStore>): void {
  const stream = (label: string): string => `contract-${label}.${randomUUID()}`;

  describe('appendToStreams', () => {
    it('writes new streams and existing ones together, each at its own version', async () => {
      const existing = stream('multi-existing');
      const fresh = stream('multi-new');
      await store().append(existing, newEvents(randomUUID(), 2, { stream: existing }), 'no_stream');
      const result = await store().appendToStreams(commandAppends(randomUUID(), [[fresh, 'no_stream'], [existing, 2]]));
      expect(result.appended).toBe(true);
      expect(result.streams.map((s) => [s.stream, s.nextVersion])).toEqual([[fresh, 1], [existing, 3]]);
      const [freshRead, existingRead] = await Promise.all([store().readStream(fresh), store().readStream(existing)]);
      expect(result.streams.map((s) => s.position)).toEqual([freshRead[0].position, existingRead[2].position]);
      expect(result.position).toBe(result.streams.map((s) => s.position).reduce((a, b) => (a > b ? a : b)));
    });

    it('writes nothing on any stream when one stream is not at its expected version, naming it', async () => {
      const a = stream('multi-a');
      const b = stream('multi-b');
      await store().append(b, newEvents(randomUUID(), 1, { stream: b }), 'no_stream');
      const refused = await store().appendToStreams(commandAppends(randomUUID(), [[a, 'no_stream'], [b, 'no_stream']])).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ConcurrencyConflict);
      expect(refused).toMatchObject({ stream: b, expected: 'no_stream', actual: 1 });
      expect(await store().readStream(a)).toEqual([]);
      expect(await store().readStream(b)).toHaveLength(1);
      const stale = await store().appendToStreams(commandAppends(randomUUID(), [[b, 1], [a, 3]])).catch((error: unknown) => error);
      expect(stale).toMatchObject({ stream: a, expected: '3', actual: 0 });
      expect(await store().readStream(b)).toHaveLength(1);
    });

    it('reports a replay as not appended with the original outcome, and writes nothing', async () => {
      const a = stream('multi-replay-a');
      const b = stream('multi-replay-b');
      const commandId = randomUUID();
      const first = await store().appendToStreams(commandAppends(commandId, [[a, 'no_stream'], [b, 'no_stream']], 'take'));
      await store().append(b, newEvents(randomUUID(), 1, { stream: b }), 1);
      const replay = await store().appendToStreams(commandAppends(commandId, [[a, 'no_stream'], [b, 'no_stream']], 'take'));
      expect(replay).toEqual({ ...first, appended: false });
      const unchecked = await store().appendToStreams(commandAppends(commandId, [[a, 'any'], [b, 'any']], 'take'));
      expect(unchecked).toEqual({ ...first, appended: false });
      expect((await store().readStream(a)).length + (await store().readStream(b)).length).toBe(3);
    });

    it('refuses a command id reused for another command, and writes nothing', async () => {
      const a = stream('multi-reused-a');
      const b = stream('multi-reused-b');
      const commandId = randomUUID();
      await store().appendToStreams(commandAppends(commandId, [[a, 'no_stream'], [b, 'no_stream']], 'take'));
      await expect(store().appendToStreams(commandAppends(commandId, [[a, 1], [b, 1]], 'release'))).rejects.toMatchObject(ANOTHER_COMMAND);
      const c = stream('multi-reused-c');
      await expect(store().appendToStreams(commandAppends(commandId, [[a, 1], [c, 'no_stream']], 'take'))).rejects.toMatchObject(ANOTHER_COMMAND);
      expect(await store().readStream(c)).toEqual([]);
      expect((await store().readStream(a)).length + (await store().readStream(b)).length).toBe(2);
    });

    it('refuses a stream named twice, or no stream, before writing', async () => {
      const a = stream('multi-twice');
      await expect(store().appendToStreams([])).rejects.toThrow();
      const twice = [...commandAppends(randomUUID(), [[a, 'no_stream']]), ...commandAppends(randomUUID(), [[a, 'no_stream']])];
      await expect(store().appendToStreams(twice)).rejects.toThrow(/twice/);
      expect(await store().readStream(a)).toEqual([]);
    });

    it('lands exactly the non-conflicting ones of concurrent appends over a shared stream, which stays gapless', async () => {
      const agent = stream('multi-agent');
      await store().append(agent, newEvents(randomUUID(), 1, { stream: agent }), 'no_stream');
      const others = await Promise.all([open(), open()]);
      try {
        const connections = [store(), ...others];
        // Every command read the agent at version 1 before any of them wrote: exactly one can take it.
        const takes = Array.from({ length: 50 }, (_, i) => {
          const conversation = stream(`multi-conversation-${i}`);
          return { conversation, write: () => connections[i % 3].appendToStreams(commandAppends(randomUUID(), [[conversation, 'no_stream'], [agent, 1]])) };
        });
        const outcomes = await Promise.allSettled(takes.map(({ write }) => write()));
        const landed = takes.filter((_, i) => outcomes[i].status === 'fulfilled');
        expect(landed).toHaveLength(1);
        for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(ConcurrencyConflict);
        const written = await Promise.all(takes.map(({ conversation }) => store().readStream(conversation)));
        expect(written.filter((events) => events.length > 0)).toHaveLength(1);
        expect((await store().readStream(agent)).map((e) => e.streamVersion)).toEqual([1, 2]);

        // Each command re-reads the agent and retries on a conflict: all land, the agent's versions stay gapless.
        const retrying = Array.from({ length: 20 }, async () => {
          const commandId = randomUUID();
          for (;;) {
            const version = (await store().readStream(agent)).length;
            try {
              return await store().appendToStreams(commandAppends(commandId, [[stream('multi-retry'), 'no_stream'], [agent, version]]));
            } catch (error) {
              if (!(error instanceof ConcurrencyConflict)) throw error;
            }
          }
        });
        const results = await Promise.all(retrying);
        expect(results.map((r) => r.streams[1].nextVersion).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
        expect((await store().readStream(agent)).map((e) => e.streamVersion)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
      } finally {
        await Promise.all(others.map((other) => other.close()));
      }
    });
  });
}

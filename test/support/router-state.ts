import { SqliteReadStore } from '@handoff/read-store';
import { collectionOf, pmCollection, Timer } from '@handoff/process-managers';
import { AgentEntry, ROUTING_MANAGER } from '@handoff/routing';

/** What the router's own documents say, read from the SQLite file of a server (the router's durable state). */
export async function routerRoster(sqlitePath: string, tenantId = 'acme'): Promise<{ agents: Record<string, AgentEntry> } | null> {
  const store = new SqliteReadStore(sqlitePath);
  try {
    const name = collectionOf(ROUTING_MANAGER);
    if (!(await store.generations(name)).some((g) => g.active)) return null;
    await store.init([pmCollection(ROUTING_MANAGER)]);
    const documents = await store.list(name, tenantId);
    const agents = (documents as unknown as Array<{ id: string; value: AgentEntry }>).filter((d) => d.id.startsWith('s:agent:'));
    return { agents: Object.fromEntries(agents.map((d) => [d.id.slice('s:agent:'.length), d.value])) };
  } finally {
    await store.close();
  }
}

/** The router's pending timers (ids such as `offer:<conversation>`, `noreply:<conversation>`), from the SQLite file. */
export async function routerTimers(sqlitePath: string): Promise<Timer[]> {
  const store = new SqliteReadStore(sqlitePath);
  try {
    const name = collectionOf(ROUTING_MANAGER);
    if (!(await store.generations(name)).some((g) => g.active)) return [];
    await store.init([pmCollection(ROUTING_MANAGER)]);
    const documents = await store.list(name, '~', [{ field: 'kind', eq: 'timer' }]);
    return documents.map((d) => (d as unknown as { timer: Timer }).timer);
  } finally {
    await store.close();
  }
}

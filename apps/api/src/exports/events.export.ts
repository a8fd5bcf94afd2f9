import { BadInput } from '@handoff/domain';
import { Position, RecordedEvent } from '@handoff/event-store';
import { Column, ExportDefinition } from './export-definition';
import { ExportQuery } from './export-query';

/** Events read from the log per page (all tenants' events pass by; only the caller's are written). */
const PAGE_SIZE = 1000;
const POSITION = /^\d{1,40}$/;

interface EventsExport {
  after: Position;
  types?: ReadonlySet<string>;
}

function parse(query: ExportQuery): EventsExport {
  const after = query.text('after') ?? '0';
  if (!POSITION.test(after)) throw new BadInput('after', 'must be a log position (a whole number, 0 for the start)');
  const types = query.ids('types');
  return { after: BigInt(after), types: types && new Set(types) };
}

const COLUMNS: Column<RecordedEvent>[] = [
  { name: 'position', value: (event) => event.position.toString() },
  { name: 'eventId', value: (event) => event.eventId },
  { name: 'stream', value: (event) => event.stream },
  { name: 'streamVersion', value: (event) => event.streamVersion },
  { name: 'type', value: (event) => event.type },
  { name: 'data', value: (event) => event.data },
  { name: 'metadata', value: (event) => event.metadata },
];

/**
 * The tenant's log in log order, from after `after` up to the head as it was when the export began (so it ends
 * while commands go on); a client resumes with `after` = the last position it saw. Read through the EVENT_STORE
 * port: personal data as the port gives it (decrypted, or null once erased).
 */
export const EVENTS_EXPORT: ExportDefinition<EventsExport, RecordedEvent> = {
  name: 'events',
  formats: ['ndjson'],
  parameters: ['after', 'types'],
  parse,
  fileName: ({ after }) => `events-after-${after}`,
  columns: COLUMNS,
  async *pages({ eventStore }, tenantId, { after, types }) {
    const head = await eventStore.headPosition();
    const wanted = (event: RecordedEvent): boolean =>
      event.position <= head && !event.unreadable && event.metadata.tenantId === tenantId && (!types || types.has(event.type));
    for (let position = after; position < head; ) {
      const events = await eventStore.readAll(position, PAGE_SIZE, { tenantId });
      if (events.length === 0) return;
      yield events.filter(wanted);
      position = events[events.length - 1].position;
    }
  },
};

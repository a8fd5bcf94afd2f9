import {
  AppendResult, EventStore, EventSubscription, ExpectedVersion, MultiAppendResult, NewEvent, Position, ReadAllFilter, RecordedEvent, StreamAppend,
} from '../event-store.port';
import { LayeredEventStore } from '../stored-form';
import { DataKey, DataKeys } from './data-keys';
import { isEnvelope, openField, sealField } from './envelope';
import { conversationIdOf, contactSubject, ERASED, OPENED, personalFieldOf, readField, subjectOfOpening, withField } from './personal-fields';

/**
 * Crypto-shredding beneath the EVENT_STORE token: personal fields are sealed (AES-256-GCM, a data key per contact,
 * per conversation without one) on their way into the log and opened on every way out. Once a subject's keys are
 * destroyed its fields read null and the event says `personalDataErased`. Metadata is untouched, so command ids,
 * command hashes and replays work as beneath; the store beneath (and its hash chains) sees only envelopes.
 */
export class PersonalDataEventStore implements LayeredEventStore {
  constructor(readonly stored: EventStore, readonly keys: DataKeys) {}

  async append(stream: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    return this.stored.append(stream, await this.sealAll(stream, events), expected);
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<MultiAppendResult> {
    const sealed: StreamAppend[] = [];
    for (const part of appends) sealed.push({ ...part, events: await this.sealAll(part.stream, part.events) });
    return this.stored.appendToStreams(sealed);
  }

  findAppend(stream: string, firstEventId: string, commandHash?: string): Promise<AppendResult | null> {
    return this.stored.findAppend(stream, firstEventId, commandHash);
  }

  async readStream(stream: string, afterVersion?: number): Promise<RecordedEvent[]> {
    const events = await this.openAll(await this.stored.readStream(stream, afterVersion));
    const unreadable = events.find((event) => event.unreadable);
    if (unreadable) throw new Error(`event ${unreadable.eventId} of ${stream} cannot be read: ${unreadable.unreadable}`);
    return events;
  }

  async readAll(from: Position, limit: number, filter?: ReadAllFilter): Promise<RecordedEvent[]> {
    return this.openAll(await this.stored.readAll(from, limit, filter));
  }

  async readEvents(positions: readonly Position[]): Promise<RecordedEvent[]> {
    return this.openAll(await this.stored.readEvents(positions));
  }

  subscribe(from: Position): EventSubscription {
    const beneath = this.stored.subscribe(from);
    const openAll = (batch: RecordedEvent[]): Promise<RecordedEvent[]> => this.openAll(batch);
    return {
      close: () => beneath.close(),
      async *[Symbol.asyncIterator]() {
        for await (const batch of beneath) yield await openAll(batch);
      },
    };
  }

  headPosition(): Promise<Position> {
    return this.stored.headPosition();
  }

  async close(): Promise<void> {
    await this.stored.close();
    await this.keys.close();
  }

  /** Destroys a contact's data keys; returns the conversations whose personal data they sealed. */
  forgetContact(tenantId: string, contactId: string): Promise<string[]> {
    return this.keys.destroy(tenantId, contactSubject(contactId));
  }

  conversationsOfContact(tenantId: string, contactId: string): Promise<string[]> {
    return this.keys.conversationsOf(tenantId, contactSubject(contactId));
  }

  private async sealAll(stream: string, events: readonly NewEvent[]): Promise<NewEvent[]> {
    const sealed: NewEvent[] = [];
    for (const event of events) sealed.push(await this.seal(stream, event));
    return sealed;
  }

  private async seal(stream: string, event: NewEvent): Promise<NewEvent> {
    const field = personalFieldOf(event.type);
    const conversationId = conversationIdOf(event.data);
    if (!field || !conversationId) return event;
    const tenantId = event.metadata.tenantId;
    const opening = event.type === OPENED;
    // Every opening is linked to its subject, with a name or not, so that forgetContact finds the conversation.
    const key = opening
      ? await this.keys.forConversation(tenantId, conversationId, subjectOfOpening(event.data))
      : typeof readField(event.data, field) === 'string' ? await this.noteKey(tenantId, stream, conversationId) : null;
    const text = readField(event.data, field);
    if (!key || typeof text !== 'string') return event;
    return { ...event, data: withField(event.data, field, sealField(key.key, key.keyId, tenantId, field, text)) };
  }

  /** The conversation's subject's live key; a new one when it was erased, or the conversation predates keys. */
  private async noteKey(tenantId: string, stream: string, conversationId: string): Promise<DataKey> {
    const subject = (await this.keys.subjectOf(tenantId, conversationId)) ?? (await this.subjectFromLog(stream, conversationId));
    return (await this.keys.liveKey(tenantId, subject)) ?? this.keys.forConversation(tenantId, conversationId, subject);
  }

  private async subjectFromLog(stream: string, conversationId: string): Promise<string> {
    const [first] = await this.stored.readStream(stream);
    return first?.type === OPENED ? subjectOfOpening(first.data) : `conversation:${conversationId}`;
  }

  private async openAll(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    // An erasure seen in the log (made by any process) ends this process's cached keys at once, not at their TTL.
    if (events.some((event) => event.type === ERASED)) this.keys.forgetCached();
    // So does one made by another process that this read does not show: no key outlives forgetContact's answer.
    else if (events.some(sealsPersonalData)) await this.keys.forgetCachedIfErased();
    const opened: RecordedEvent[] = [];
    for (const event of events) opened.push(await this.open(event));
    return opened;
  }

  private async open(event: RecordedEvent): Promise<RecordedEvent> {
    const field = personalFieldOf(event.type);
    const value = field ? readField(event.data, field) : undefined;
    if (!field || !isEnvelope(value)) return event;
    const tenantId = event.metadata.tenantId;
    try {
      const key = await this.keys.byId(tenantId, value.k);
      if (!key) return { ...event, data: withField(event.data, field, null), personalDataErased: true };
      return { ...event, data: withField(event.data, field, openField(key.key, value, tenantId, field)) };
    } catch (error) {
      return { ...event, data: withField(event.data, field, null), unreadable: `personal data cannot be opened: ${(error as Error).message}` };
    }
  }
}

function sealsPersonalData(event: RecordedEvent): boolean {
  const field = personalFieldOf(event.type);
  return field !== null && isEnvelope(readField(event.data, field));
}

/** The personal-data layer among an event store's layers, if installed. */
export function personalDataLayerOf(store: EventStore): PersonalDataEventStore | null {
  if (store instanceof PersonalDataEventStore) return store;
  const beneath = (store as Partial<LayeredEventStore>).stored;
  return beneath ? personalDataLayerOf(beneath) : null;
}

import {
  AGENT_EVENT_TYPES, decodeEvent, fold as foldDecider, queueDecider, QueueEvent, QueueSettingsData, queueSettingsOf, queueStream, agentStream, CONVERSATION_EVENT_TYPES, conversationStream, DomainEvent, EventTypeOf, isEventOf, TRANSFER_REASON_EVENT_TYPES,
  transferReasonStream,
} from '@handoff/domain';
import { EVENT_STORE, EventStore, Position, RecordedEvent } from '@handoff/event-store';
import { AppConfig } from '@handoff/platform';
import {
  AgentDocument, AGENTS, ChangeFollower, ConversationDocument, CONVERSATIONS, Decoded, decodeRecorded, evolveAgent, evolveConversation, evolveTransferReason,
  findAgent, findConversation, findTransferReason, spareCapacity, TRANSFER_REASONS, TransferReasonDocument,
} from '@handoff/projections';
import { READ_STORE, ReadStore } from '@handoff/read-store';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, CHANGE_FOLLOWER } from '../infrastructure/tokens';
import { CommandOutcome } from '../shared/command-executor';
import { ReadModelCollections } from './read-model-collections';
import { ReadYourWritesWarning, warnReadYourWrites } from './read-your-writes';

/** The projections a conversation answer reads: the conversation itself and its assignee's load. */
const CONVERSATION_PROJECTIONS = [CONVERSATIONS.name, AGENTS.name];
const AGENT_PROJECTIONS = [AGENTS.name];
const REASON_PROJECTIONS = [TRANSFER_REASONS.name];
/** Lag is counted in events up to here; past it the warning says "at least". */
export const LAG_COUNT_LIMIT = 1000;

/** A stream's events decoded and folded with a read model's `evolve`, as its projection would. */
function fold<Doc, E extends DomainEvent>(
  events: readonly RecordedEvent[],
  types: readonly EventTypeOf<E>[],
  evolve: (doc: Doc | null, event: Decoded<E>) => Doc | null,
): Doc | null {
  return events.map(decodeRecorded).reduce<Doc | null>((doc, event) => (isEventOf<E, Decoded>(event, types) ? evolve(doc, event) : doc), null);
}

/** What the agent holds is not in its own stream alone: the folded agent with the load the read model shows. */
const withLoadOf = (folded: AgentDocument, current: AgentDocument): AgentDocument => ({
  ...folded,
  assignedConversationIds: current.assignedConversationIds,
  activeConversations: current.activeConversations,
  offeredConversationIds: current.offeredConversationIds,
  pendingOffers: current.pendingOffers,
  spareCapacity: spareCapacity(folded.maxConversations, current),
  idleSince: current.idleSince,
});

const sameFields = <Doc>(a: Doc, b: Doc, fields: readonly (keyof Doc)[]): boolean =>
  fields.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));

interface Answered<Doc> {
  type: ReadYourWritesWarning['type'];
  id: string;
  projections: readonly string[];
  caughtUp: boolean;
  /** The read model's document when it shows the command, else null. */
  shown: Doc | null;
  /** Folds the stream; only called when the read model does not show the command. */
  fromLog: () => Promise<{ document: Doc | null; events: readonly RecordedEvent[] }>;
}

/**
 * What a mutation answers (read-your-writes): the read model once it shows the command; when it does not in
 * READ_YOUR_WRITES_TIMEOUT_MS, or a projection dead-lettered the command's event, the document folded from the
 * command's own stream, with a warning in `extensions.readYourWrites`. A committed command never answers an error.
 */
@Injectable()
export class CommandAnswers {
  constructor(
    private readonly readModels: ReadModelCollections,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(CHANGE_FOLLOWER) private readonly follower: ChangeFollower,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async conversation(context: object, tenantId: string, id: string, outcome: CommandOutcome): Promise<ConversationDocument> {
    const caughtUp = await this.waitFor(CONVERSATION_PROJECTIONS, outcome.position);
    const current = await findConversation(this.readModels.conversations, tenantId, id);
    return this.answer(context, outcome, {
      type: 'Conversation', id, projections: CONVERSATION_PROJECTIONS, caughtUp,
      shown: current && current.version >= outcome.version ? current : null,
      fromLog: async () => {
        const events = await this.eventStore.readStream(conversationStream(tenantId, id));
        return { document: fold(events, CONVERSATION_EVENT_TYPES, evolveConversation), events };
      },
    });
  }

  /** An agent's load is not in its stream: a folded agent keeps the load the read model shows (none if absent). */
  async agent(context: object, tenantId: string, id: string, outcome: CommandOutcome): Promise<AgentDocument> {
    const caughtUp = await this.waitFor(AGENT_PROJECTIONS, outcome.position);
    const [current, events] = await Promise.all([findAgent(this.readModels.agents, tenantId, id), this.eventStore.readStream(agentStream(tenantId, id))]);
    const folded = fold(events, AGENT_EVENT_TYPES, evolveAgent);
    const withLoad = folded && current ? withLoadOf(folded, current) : folded;
    return this.answer(context, outcome, {
      type: 'Agent', id, projections: AGENT_PROJECTIONS, caughtUp,
      shown: current && folded && sameFields(current, folded, ['name', 'status', 'queueIds', 'active', 'maxConversations', 'channelLimits']) ? current : null,
      fromLog: async () => ({ document: withLoad, events }),
    });
  }

  async reason(context: object, tenantId: string, id: string, outcome: CommandOutcome): Promise<TransferReasonDocument> {
    const caughtUp = await this.waitFor(REASON_PROJECTIONS, outcome.position);
    const [current, events] = await Promise.all([findTransferReason(this.readModels.transferReasons, tenantId, id), this.eventStore.readStream(transferReasonStream(tenantId, id))]);
    const folded = fold(events, TRANSFER_REASON_EVENT_TYPES, evolveTransferReason);
    return this.answer(context, outcome, {
      type: 'TransferReason', id, projections: REASON_PROJECTIONS, caughtUp,
      shown: current && folded && sameFields(current, folded, ['name', 'description', 'active']) ? current : null,
      fromLog: async () => ({ document: folded, events }),
    });
  }

  /** A queue's settings as its own stream says (a queue never configured: the defaults). */
  async queueSettings(tenantId: string, queueId: string): Promise<QueueSettingsData> {
    const events = (await this.eventStore.readStream(queueStream(tenantId, queueId))).map((event) => decodeEvent(event));
    return queueSettingsOf(queueId, foldDecider(queueDecider, events.filter((event) => isEventOf<QueueEvent>(event, queueDecider.eventTypes))));
  }

  /** True once each projection shows everything up to `position`, false when READ_YOUR_WRITES_TIMEOUT_MS is up. */
  private async waitFor(projections: readonly string[], position: Position | null): Promise<boolean> {
    if (position === null) return true;
    const reached = await Promise.all(
      projections.map((name) => this.follower.waitForPosition(name, position, this.config.readYourWritesTimeoutMs)),
    );
    return reached.every(Boolean);
  }

  private async answer<Doc>(context: object, outcome: CommandOutcome, answered: Answered<Doc>): Promise<Doc> {
    if (answered.caughtUp && answered.shown) return answered.shown;
    const { document, events } = answered.shown ? { document: answered.shown, events: [] } : await answered.fromLog();
    // Only a command that appended nothing to a stream that does not exist gets here; handlers refuse those first.
    if (!document) throw new Error(`${answered.type} ${answered.id} is neither in the read model nor in the log`);
    warnReadYourWrites(context, {
      type: answered.type, id: answered.id, caughtUp: false, answeredFrom: answered.shown ? 'READ_MODEL' : 'EVENT_LOG',
      position: outcome.position?.toString() ?? null,
      projections: await Promise.all(answered.projections.map((name) => this.progress(name, outcome))),
      deadLettered: await this.deadLettered(answered.projections, events),
    });
    return document;
  }

  private async progress(projection: string, outcome: CommandOutcome): Promise<ReadYourWritesWarning['projections'][number]> {
    const position = this.follower.position(projection);
    const after = await this.eventStore.readAll(position, LAG_COUNT_LIMIT);
    const lagEvents = after.filter((event) => outcome.position === null || event.position <= outcome.position).length;
    return { projection, position: position.toString(), lagEvents };
  }

  private async deadLettered(projections: readonly string[], events: readonly RecordedEvent[]): Promise<ReadYourWritesWarning['deadLettered']> {
    if (events.length === 0) return [];
    const ids = new Set(events.map((event) => event.eventId));
    const letters = (await Promise.all(projections.map((name) => this.readStore.deadLetters(name)))).flat();
    return letters.filter((l) => ids.has(l.eventId)).map((l) => ({ projection: l.projection, position: l.position, eventType: l.eventType }));
  }
}

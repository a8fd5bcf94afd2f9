import {
  AGENT_PERFORMANCE, AgentDocument, AgentPerformanceDocument, AGENTS, ConversationDocument, CONVERSATIONS, QUEUE_SETTINGS, QueueSettingsDocument, QUEUES, QueuesDocument,
  TRANSFER_HISTORY, TRANSFER_REASONS, TransferHistoryDocument, TransferReasonDocument,
} from '@handoff/projections';
import { QUEUE_PERFORMANCE, QueuePerformanceDocument, TRANSFER_FACTS, TransferFactsDocument } from '@handoff/projections';
import { Collection, collection, READ_STORE, ReadStore } from '@handoff/read-store';
import { Inject, Injectable } from '@nestjs/common';

/**
 * The read models' collections as typed handles, for their query functions (`findConversation(collections.conversations, ...)`).
 * Hands out handles only: each read model's queries live with it, in libs/projections/src/read-models.
 */
@Injectable()
export class ReadModelCollections {
  readonly conversations: Collection<ConversationDocument>;
  readonly agents: Collection<AgentDocument>;
  readonly queues: Collection<QueuesDocument>;
  readonly transferReasons: Collection<TransferReasonDocument>;
  readonly transferHistory: Collection<TransferHistoryDocument>;
  readonly agentPerformance: Collection<AgentPerformanceDocument>;
  readonly queueSettings: Collection<QueueSettingsDocument>;
  readonly queuePerformance: Collection<QueuePerformanceDocument>;
  readonly transferFacts: Collection<TransferFactsDocument>;

  constructor(@Inject(READ_STORE) store: ReadStore) {
    this.conversations = collection(store, CONVERSATIONS);
    this.agents = collection(store, AGENTS);
    this.queues = collection(store, QUEUES);
    this.transferReasons = collection(store, TRANSFER_REASONS);
    this.transferHistory = collection(store, TRANSFER_HISTORY);
    this.agentPerformance = collection(store, AGENT_PERFORMANCE);
    this.queueSettings = collection(store, QUEUE_SETTINGS);
    this.queuePerformance = collection(store, QUEUE_PERFORMANCE);
    this.transferFacts = collection(store, TRANSFER_FACTS);
  }
}

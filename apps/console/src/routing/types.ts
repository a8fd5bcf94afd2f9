import type {
  AgentLoadFieldsFragment,
  ConfigureQueueInput,
  OfferedConversationFieldsFragment,
  QueueRoutingFieldsFragment,
  QueueSettingsFieldsFragment,
  RoutingMode,
  SetAgentCapacityInput,
} from '../gql/graphql';

export type { ConfigureQueueInput, RoutingMode, SetAgentCapacityInput };
export type OfferedConversation = OfferedConversationFieldsFragment;
export type QueueRouting = QueueRoutingFieldsFragment;
export type AgentLoad = AgentLoadFieldsFragment;
export type QueueSettings = QueueSettingsFieldsFragment;

export const ROUTING_MODES = ['MANUAL', 'AUTO'] as const satisfies readonly RoutingMode[];
type Complete<Missing extends never> = Missing;
export type RoutingModesComplete = Complete<Exclude<RoutingMode, (typeof ROUTING_MODES)[number]>>;

import { OpenConversationHandler } from './open-conversation/open-conversation.handler';
import { OpenConversationResolver } from './open-conversation/open-conversation.resolver';
import { AssignConversationHandler } from './assign-conversation/assign-conversation.handler';
import { AssignConversationResolver } from './assign-conversation/assign-conversation.resolver';
import { UnassignConversationHandler } from './unassign-conversation/unassign-conversation.handler';
import { UnassignConversationResolver } from './unassign-conversation/unassign-conversation.resolver';
import { TransferConversationHandler } from './transfer-conversation/transfer-conversation.handler';
import { TransferConversationResolver } from './transfer-conversation/transfer-conversation.resolver';
import { CloseConversationHandler } from './close-conversation/close-conversation.handler';
import { CloseConversationResolver } from './close-conversation/close-conversation.resolver';
import { AcceptConversationHandler } from './accept-conversation/accept-conversation.handler';
import { AcceptConversationResolver } from './accept-conversation/accept-conversation.resolver';
import { DeclineConversationHandler } from './decline-conversation/decline-conversation.handler';
import { DeclineConversationResolver } from './decline-conversation/decline-conversation.resolver';
import { RecordActivityHandler } from './record-activity/record-activity.handler';
import { RecordActivityResolver } from './record-activity/record-activity.resolver';

/** One resolver and one handler per use case, each in its own folder. */
export const CONVERSATION_USE_CASES = [
  OpenConversationResolver,
  OpenConversationHandler,
  AssignConversationResolver,
  AssignConversationHandler,
  UnassignConversationResolver,
  UnassignConversationHandler,
  TransferConversationResolver,
  TransferConversationHandler,
  CloseConversationResolver,
  CloseConversationHandler,
  AcceptConversationResolver,
  AcceptConversationHandler,
  DeclineConversationResolver,
  DeclineConversationHandler,
  RecordActivityResolver,
  RecordActivityHandler,
];

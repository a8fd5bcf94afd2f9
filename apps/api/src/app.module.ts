import { AppConfig } from '@handoff/platform';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { AgentResolver } from './agents/agent.resolver';
import { DeactivateAgentHandler } from './agents/deactivate-agent/deactivate-agent.handler';
import { RegisterAgentHandler } from './agents/register-agent/register-agent.handler';
import { SetAgentStatusHandler } from './agents/set-agent-status/set-agent-status.handler';
import { AuditTrail } from './audit/audit-trail.service';
import { AuditResolver } from './audit/audit.resolver';
import { FieldRolesModule, ResolverRoles } from './auth/field-roles.module';
import { RolesGuard } from './auth/roles.guard';
import { TokenVerifier } from './auth/token-verifier';
import { ConsoleModule } from './console/console.module';
import { AssignConversationHandler } from './conversations/assign-conversation/assign-conversation.handler';
import { CloseConversationHandler } from './conversations/close-conversation/close-conversation.handler';
import { ConversationMutationsResolver } from './conversations/conversation-mutations.resolver';
import { ConversationResolver } from './conversations/conversation.resolver';
import { OpenConversationHandler } from './conversations/open-conversation/open-conversation.handler';
import { TransferConversationHandler } from './conversations/transfer-conversation/transfer-conversation.handler';
import { UnassignConversationHandler } from './conversations/unassign-conversation/unassign-conversation.handler';
import { graphqlOptions } from './graphql/graphql.config';
import { HealthModule } from './health/health.module';
import { RefusalFilter } from './graphql/refusal.filter';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { TOKEN_VERIFIER } from './infrastructure/tokens';
import { LiveUpdates } from './live/live-updates.service';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { SubscriptionResolver } from './live/subscription.resolver';
import { PerformanceResolver } from './performance/performance.resolver';
import { QueueResolver } from './queues/queue.resolver';
import { CommandAnswers } from './read-models/command-answers.service';
import { ReadModelCollections } from './read-models/read-model-collections';
import { CommandExecutor } from './shared/command-executor';
import { Snapshots } from './shared/snapshots';
import { DefineTransferReasonHandler } from './transfer-reasons/define-transfer-reason/define-transfer-reason.handler';
import { RetireTransferReasonHandler } from './transfer-reasons/retire-transfer-reason/retire-transfer-reason.handler';
import { TransferReasonResolver } from './transfer-reasons/transfer-reason.resolver';
import { TransferResolver } from './transfers/transfer.resolver';

const COMMAND_HANDLERS = [
  OpenConversationHandler,
  AssignConversationHandler,
  UnassignConversationHandler,
  TransferConversationHandler,
  CloseConversationHandler,
  RegisterAgentHandler,
  SetAgentStatusHandler,
  DeactivateAgentHandler,
  DefineTransferReasonHandler,
  RetireTransferReasonHandler,
];

const RESOLVERS = [
  ConversationResolver,
  ConversationMutationsResolver,
  AgentResolver,
  TransferReasonResolver,
  QueueResolver,
  TransferResolver,
  PerformanceResolver,
  AuditResolver,
  SubscriptionResolver,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot(config),
        InfrastructureModule.forRoot(config),
        CqrsModule.forRoot(),
        ConsoleModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [FieldRolesModule],
          inject: [TOKEN_VERIFIER, ResolverRoles],
          useFactory: (verifier: TokenVerifier, resolverRoles: ResolverRoles) => graphqlOptions(verifier, resolverRoles),
        }),
        HealthModule,
        MetricsModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: RefusalFilter },
        CommandExecutor,
        Snapshots,
        ReadModelCollections,
        CommandAnswers,
        AuditTrail,
        LiveUpdates,
        ...COMMAND_HANDLERS,
        ...RESOLVERS,
      ],
    };
  }
}

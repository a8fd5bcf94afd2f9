import { AppConfig } from '@handoff/platform';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { AGENT_USE_CASES } from './agents/agent-use-cases';
import { AgentResolver } from './agents/agent.resolver';
import { AuditTrail } from './audit/audit-trail.service';
import { AuditResolver } from './audit/audit.resolver';
import { AuditLog } from './audit/audit-log.service';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { FieldRolesModule, ResolverRoles } from './auth/field-roles.module';
import { RolesGuard } from './auth/roles.guard';
import { TokenVerifier } from './auth/token-verifier';
import { ConsoleModule } from './console/console.module';
import { ExportsModule } from './exports/exports.module';
import { CONVERSATION_USE_CASES } from './conversations/conversation-use-cases';
import { ConversationResolver } from './conversations/conversation.resolver';
import { OfferResolver, SlaBreachResolver } from './conversations/routing-fields.resolver';
import { graphqlOptions } from './graphql/graphql.config';
import { HealthModule } from './health/health.module';
import { RefusalFilter } from './graphql/refusal.filter';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { APP_CONFIG, TOKEN_VERIFIER } from './infrastructure/tokens';
import { LimitsModule } from './limits/limits.module';
import { LiveUpdates } from './live/live-updates.service';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { SubscriptionResolver } from './live/subscription.resolver';
import { PerformanceResolver } from './performance/performance.resolver';
import { QueueSettingsResolver } from './queues/queue-settings.resolver';
import { QueueResolver } from './queues/queue.resolver';
import { apiRoutingProviders } from './routing/routing.providers';
import { QUEUE_USE_CASES } from './queues/queue-use-cases';
import { ROUTING_USE_CASES } from './routing/routing-use-cases';
import { CommandAnswers } from './read-models/command-answers.service';
import { ReadModelCollections } from './read-models/read-model-collections';
import { CommandExecutor } from './shared/command-executor';
import { OtherStreams } from './shared/other-streams';
import { TRANSFER_REASON_USE_CASES } from './transfer-reasons/transfer-reason-use-cases';
import { TransferReasonResolver } from './transfer-reasons/transfer-reason.resolver';
import { TimeTravelResolver } from './time-travel/time-travel.resolver';
import { TransferResolver } from './transfers/transfer.resolver';
import { ContactErasure } from './privacy/contact-erasure.service';
import { ForgetContactResolver, PersonalDataErasedResolver } from './privacy/privacy.resolver';

export const USE_CASES = [...CONVERSATION_USE_CASES, ...AGENT_USE_CASES, ...TRANSFER_REASON_USE_CASES, ...QUEUE_USE_CASES, ...ROUTING_USE_CASES];

export const RESOLVERS = [
  ConversationResolver,
  AgentResolver,
  TransferReasonResolver,
  QueueResolver,
  TransferResolver,
  PerformanceResolver,
  AuditResolver,
  AuditLogResolver,
  SubscriptionResolver,
  QueueSettingsResolver,
  OfferResolver,
  SlaBreachResolver,
  ForgetContactResolver,
  PersonalDataErasedResolver,
  AnalyticsResolver,
  TimeTravelResolver,
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
          inject: [TOKEN_VERIFIER, ResolverRoles, APP_CONFIG],
          useFactory: (verifier: TokenVerifier, resolverRoles: ResolverRoles, appConfig: AppConfig) => graphqlOptions(verifier, resolverRoles, appConfig),
        }),
        HealthModule,
        MetricsModule,
        LimitsModule,
        ExportsModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: RefusalFilter },
        CommandExecutor,
        OtherStreams,
        ReadModelCollections,
        CommandAnswers,
        AuditTrail,
        AuditLog,
        ContactErasure,
        LiveUpdates,
        ...USE_CASES,
        ...RESOLVERS,
        ...apiRoutingProviders(config),
      ],
    };
  }
}

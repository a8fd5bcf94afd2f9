import { AppConfig } from '@handoff/platform';
import { ModuleMetadata, Provider, Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { USE_CASES } from '../../api/src/app.module';
import { APP_CONFIG } from '../../api/src/infrastructure/tokens';
import { RoutingLifecycle, RUNS_PROJECTOR } from '../../api/src/routing/routing.lifecycle';
import { CLOCK, systemClock } from '../../api/src/shared/clock';
import { CommandExecutor } from '../../api/src/shared/command-executor';
import { OtherStreams } from '../../api/src/shared/other-streams';

/** @nestjs/cqrs marks a command handler class with this metadata key. */
const COMMAND_HANDLER_METADATA = '__commandHandler__';

const isCommandHandler = (provider: unknown): provider is Type =>
  typeof provider === 'function' && Reflect.hasMetadata(COMMAND_HANDLER_METADATA, provider);

/**
 * The router in the projector process (the api runs with PROJECTOR=off): its commands go through the api's command
 * path, so this process holds the command side too (the executor and every use case's handler, no resolvers).
 */
export function projectorRouting(config: AppConfig): Required<Pick<ModuleMetadata, 'imports' | 'providers'>> {
  if (config.routing === 'off') return { imports: [], providers: [] };
  const providers: Provider[] = [
    { provide: APP_CONFIG, useValue: config },
    { provide: CLOCK, useValue: systemClock },
    { provide: RUNS_PROJECTOR, useValue: true },
    CommandExecutor,
    OtherStreams,
    ...USE_CASES.filter(isCommandHandler),
    RoutingLifecycle,
  ];
  return { imports: [CqrsModule.forRoot()], providers };
}

import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { AppConfig, openEventStore, openReadStore } from '@handoff/platform';
import { ALL_PROJECTIONS, Projector } from '@handoff/projections';
import { READ_STORE, ReadStore } from '@handoff/read-store';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { logDestination } from '../../api/src/logging/logging.module';
import { ProjectorLifecycle } from './projector.lifecycle';
import { projectorRouting } from './projector-routing';

/** The projector process: JSON logs as the api writes them, the stores the configuration names, one projector. */
@Module({})
export class ProjectorModule {
  static forRoot(config: AppConfig): DynamicModule {
    const routing = projectorRouting(config);
    return {
      module: ProjectorModule,
      imports: [LoggerModule.forRoot({ pinoHttp: [{ level: config.logLevel }, logDestination()] }), ...routing.imports],
      providers: [
        { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
        { provide: READ_STORE, useFactory: () => openReadStore(config) },
        {
          provide: Projector,
          inject: [EVENT_STORE, READ_STORE],
          useFactory: (eventStore: EventStore, readStore: ReadStore) =>
            new Projector(eventStore, readStore, ALL_PROJECTIONS, { logger: new Logger('Projector'), leaseTtlMs: config.projectorLeaseTtlMs }),
        },
        ProjectorLifecycle,
        ...routing.providers,
      ],
    };
  }
}

import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { AppConfig, openEventStore, openReadStore } from '@handoff/platform';
import { ALL_PROJECTIONS, ChangeFollower, Projector } from '@handoff/projections';
import { READ_STORE, ReadStore } from '@handoff/read-store';
import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TokenVerifier } from '../auth/token-verifier';
import { CursorSigner, cursorKey } from '../graphql/cursor-signer';
import { CLOCK, systemClock } from '../shared/clock';
import { InfrastructureLifecycle } from './infrastructure.lifecycle';
import { APP_CONFIG, CHANGE_FOLLOWER, CURSOR_SIGNER, PROJECTOR, TOKEN_VERIFIER } from './tokens';

/** Wires the ports to the adapters the configuration names. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: AppConfig): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: CLOCK, useValue: systemClock },
      { provide: TOKEN_VERIFIER, useValue: new TokenVerifier(config.auth) },
      { provide: CURSOR_SIGNER, useValue: new CursorSigner(cursorKey(config.auth)) },
      { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
      {
        provide: READ_STORE,
        useFactory: async () => {
          const readStore = await openReadStore(config);
          await readStore.init(ALL_PROJECTIONS.map((projection) => projection.collection));
          return readStore;
        },
      },
      {
        provide: PROJECTOR,
        inject: [EVENT_STORE, READ_STORE],
        useFactory: (eventStore: EventStore, readStore: ReadStore) =>
          config.projector === 'inline'
            ? new Projector(eventStore, readStore, ALL_PROJECTIONS, { logger: new Logger('Projector'), leaseTtlMs: config.projectorLeaseTtlMs })
            : null,
      },
      { provide: CHANGE_FOLLOWER, inject: [READ_STORE], useFactory: (readStore: ReadStore) => new ChangeFollower(readStore, { logger: new Logger('ChangeFollower') }) },
      InfrastructureLifecycle,
    ];
    return {
      module: InfrastructureModule,
      providers,
      exports: [APP_CONFIG, CLOCK, TOKEN_VERIFIER, CURSOR_SIGNER, EVENT_STORE, READ_STORE, PROJECTOR, CHANGE_FOLLOWER],
    };
  }
}

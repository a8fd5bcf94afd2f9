import { EventStore } from '@handoff/event-store';
import { AppConfig } from '@handoff/platform';
import { Dispatch, PmLogger, ProcessManagerRunner } from '@handoff/process-managers';
import { ReadStore } from '@handoff/read-store';
import { routingManager } from '@handoff/routing';
import { Clock } from '../shared/clock';

/**
 * The routing runner of a process that runs the projector (the api with PROJECTOR=inline, or apps/projector),
 * unless ROUTING=off; null otherwise. Any number of such processes on one store: one holds the lease and acts.
 */
export function routingRunner(
  config: AppConfig, stores: { eventStore: EventStore; readStore: ReadStore }, dispatch: Dispatch, clock: Clock, logger: PmLogger, runsProjector: boolean,
): ProcessManagerRunner | null {
  if (!runsProjector || config.routing === 'off') return null;
  return new ProcessManagerRunner(stores.eventStore, stores.readStore, routingManager, dispatch, {
    now: () => clock.now(),
    logger,
    leaseTtlMs: config.projectorLeaseTtlMs,
  });
}

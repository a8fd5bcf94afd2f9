import { AppConfig } from '@handoff/platform';
import { Provider } from '@nestjs/common';
import { RoutingLifecycle, RUNS_PROJECTOR } from './routing.lifecycle';

/** The api's routing: it runs the router when it runs the projector inline. */
export const apiRoutingProviders = (config: AppConfig): Provider[] => [
  { provide: RUNS_PROJECTOR, useValue: config.projector === 'inline' },
  RoutingLifecycle,
];

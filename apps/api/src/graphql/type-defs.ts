import { ANALYTICS_SDL } from './analytics.graphql';
import { CONTRACT_SDL } from './contract.graphql';
import { EXTENSIONS_SDL } from './extensions.graphql';
import { PRIVACY_SDL } from './privacy.graphql';
import { ROUTING_SDL } from './routing.graphql';
import { AUDIT_SDL } from './audit.graphql';
import { TIME_TRAVEL_SDL } from './time-travel.graphql';

/** The whole schema the api serves: the contract, then what handoff adds to it. */
export const TYPE_DEFS: readonly string[] = [CONTRACT_SDL, EXTENSIONS_SDL, ROUTING_SDL, ANALYTICS_SDL, TIME_TRAVEL_SDL, PRIVACY_SDL, AUDIT_SDL];

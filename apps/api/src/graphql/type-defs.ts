import { CONTRACT_SDL } from './contract.graphql';
import { EXTENSIONS_SDL } from './extensions.graphql';
import { ROUTING_SDL } from './routing.graphql';
import { AUDIT_SDL } from './audit.graphql';

/** The whole schema the api serves: the contract, then what handoff adds to it. */
export const TYPE_DEFS: readonly string[] = [CONTRACT_SDL, EXTENSIONS_SDL, ROUTING_SDL, AUDIT_SDL];

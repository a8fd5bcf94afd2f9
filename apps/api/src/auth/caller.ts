import { Actor } from '@handoff/domain';

/** What a request carries about its sender: the verified actor, or why there is none. */
export type Caller = { actor: Actor } | { actor: null; problem: string };

export interface RequestContext {
  caller: Caller;
  correlationId?: string;
}

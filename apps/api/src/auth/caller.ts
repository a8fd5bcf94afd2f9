import { Actor } from '@handoff/domain';

/** What a request carries about its sender: the verified actor and when its token expires (ms), or why there is none. */
export type Caller = { actor: Actor; expiresAt: number } | { actor: null; problem: string };

export interface RequestContext {
  caller: Caller;
  correlationId?: string;
}

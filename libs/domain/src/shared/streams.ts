/** Stream names of DESIGN.md, scoped by tenant so that one tenant can never load another's stream. */
export const STREAM_PREFIXES = ['conversation-', 'agent-', 'transferreason-', 'queue-'] as const;

export const conversationStream = (tenantId: string, conversationId: string): string =>
  `conversation-${tenantId}.${conversationId}`;
export const agentStream = (tenantId: string, agentId: string): string => `agent-${tenantId}.${agentId}`;
export const transferReasonStream = (tenantId: string, reasonId: string): string =>
  `transferreason-${tenantId}.${reasonId}`;

export const queueStream = (tenantId: string, queueId: string): string => `queue-${tenantId}.${queueId}`;

/** Tenant ids come from tokens; they may not contain the '.' that separates tenant and id in a stream name. */
export const TENANT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The tenant a stream name is scoped to (null for a stream of no tenant): what the name says, whatever its events say. */
export function tenantOfStream(stream: string): string | null {
  const prefix = STREAM_PREFIXES.find((candidate) => stream.startsWith(candidate));
  const dot = stream.indexOf('.');
  return prefix && dot > prefix.length ? stream.slice(prefix.length, dot) : null;
}

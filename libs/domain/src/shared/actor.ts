/** The roles a token may carry. */
export const ROLES = ['AGENT', 'SUPERVISOR', 'ANALYST', 'AUDITOR', 'ADMIN', 'INTEGRATION'] as const;
/** handoff itself (routing, timers): the actor of the commands its process managers send; never in a token. */
export const SYSTEM_ROLE = 'SYSTEM';
export type TokenRole = (typeof ROLES)[number];
export type Role = TokenRole | typeof SYSTEM_ROLE;

/** The actor of handoff's own decisions in a tenant: `{id: 'system', roles: [SYSTEM]}`. */
export const systemActor = (tenantId: string): Actor => ({ id: 'system', tenantId, roles: [SYSTEM_ROLE] });

/** Who sends a command: the token's subject, its tenant and its roles. */
export interface Actor {
  readonly id: string;
  readonly tenantId: string;
  readonly roles: readonly Role[];
}

/** The single role recorded on events: the most privileged one the actor holds. */
const ROLE_PRECEDENCE: readonly Role[] = [SYSTEM_ROLE, 'ADMIN', 'SUPERVISOR', 'INTEGRATION', 'AGENT', 'AUDITOR', 'ANALYST'];

export function recordedRole(actor: Actor): Role {
  return ROLE_PRECEDENCE.find((role) => actor.roles.includes(role)) ?? 'AGENT';
}

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

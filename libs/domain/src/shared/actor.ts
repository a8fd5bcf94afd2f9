export const ROLES = ['AGENT', 'SUPERVISOR', 'ANALYST', 'AUDITOR', 'ADMIN', 'INTEGRATION'] as const;
export type Role = (typeof ROLES)[number];

/** Who sends a command: the token's subject, its tenant and its roles. */
export interface Actor {
  readonly id: string;
  readonly tenantId: string;
  readonly roles: readonly Role[];
}

/** The single role recorded on events: the most privileged one the actor holds. */
const ROLE_PRECEDENCE: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'INTEGRATION', 'AGENT', 'AUDITOR', 'ANALYST'];

export function recordedRole(actor: Actor): Role {
  return ROLE_PRECEDENCE.find((role) => actor.roles.includes(role)) ?? 'AGENT';
}

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

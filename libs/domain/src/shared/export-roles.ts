import { Role } from './actor';

/**
 * DESIGN.md's role matrix for the streamed exports over HTTP (`GET /export/<name>`), one row per export. They are
 * routes, not GraphQL fields, so they have a table of their own beside ROLE_MATRIX.
 */
export const EXPORT_ROLES = {
  transfers: ['SUPERVISOR', 'ANALYST', 'ADMIN'],
  'agent-performance': ['SUPERVISOR', 'ANALYST', 'ADMIN'],
  'queue-performance': ['SUPERVISOR', 'ANALYST', 'ADMIN'],
  events: ['AUDITOR', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type ExportName = keyof typeof EXPORT_ROLES;

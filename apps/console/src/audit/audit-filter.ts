/**
 * The audit search form as auditLog's variables (pure): blank fields are left out, event types come from the
 * check boxes and a comma-separated field, the time range from local date-times (inclusive from, exclusive to).
 */
import { fromLocalInput } from '../performance/range';

export const AUDIT_PAGE_SIZE = 50;

/** The event types offered as check boxes; any other type can be typed in. */
export const COMMON_EVENT_TYPES = ['ConversationOpened', 'ConversationAssigned', 'ConversationUnassigned', 'ConversationTransferred', 'ConversationClosed'] as const;

export interface AuditForm {
  actorId: string;
  agentId: string;
  conversationId: string;
  correlationId: string;
  types: string[];
  otherTypes: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FORM: AuditForm = { actorId: '', agentId: '', conversationId: '', correlationId: '', types: [], otherTypes: '', from: '', to: '' };

export interface AuditFilterVariables {
  actorId?: string;
  agentId?: string;
  conversationId?: string;
  correlationId?: string;
  types?: string[];
  from?: string;
  to?: string;
}

export type AuditFormProblem = { field: 'from' | 'to'; problem: 'invalid' | 'order' };

export type AuditVariablesResult = { ok: true; variables: { filter: AuditFilterVariables; first: number } } | ({ ok: false } & AuditFormProblem);

function instant(text: string): string | null | undefined {
  if (!text.trim()) return undefined;
  return fromLocalInput(text)?.toISOString() ?? null;
}

export function auditVariables(form: AuditForm, first = AUDIT_PAGE_SIZE): AuditVariablesResult {
  const filter: AuditFilterVariables = {};
  for (const key of ['actorId', 'agentId', 'conversationId', 'correlationId'] as const) {
    const value = form[key].trim();
    if (value) filter[key] = value;
  }
  const typed = form.otherTypes.split(',').map((type) => type.trim()).filter(Boolean);
  const types = [...new Set([...form.types, ...typed])];
  if (types.length) filter.types = types;
  const from = instant(form.from);
  const to = instant(form.to);
  if (from === null) return { ok: false, field: 'from', problem: 'invalid' };
  if (to === null) return { ok: false, field: 'to', problem: 'invalid' };
  if (from && to && from >= to) return { ok: false, field: 'to', problem: 'order' };
  if (from) filter.from = from;
  if (to) filter.to = to;
  return { ok: true, variables: { filter, first } };
}

const SHORT_HASH = 12;

/** The start of a hash, enough to tell entries apart at a glance; the full hash is one hover or click away. */
export function shortHash(hash: string): string {
  return hash.length > SHORT_HASH ? `${hash.slice(0, SHORT_HASH)}…` : hash;
}

/** The conversation a stream belongs to (conversation-<tenant>.<id>), for a link to its history; null for others. */
export function conversationOfStream(stream: string): string | null {
  const match = /^conversation-[^.]+\.(.+)$/.exec(stream);
  return match ? match[1] : null;
}

import { BadInput } from './errors';
import { codePointLength, TextKind, textProblem } from './text-rules';

/** The input limits of DESIGN.md, checked before anything is read or written. Lengths are Unicode code points. */
export const LIMITS = {
  idLength: 128,
  nameLength: 200,
  descriptionLength: 1000,
  channelLength: 64,
  noteLength: 2000,
  queueIds: 50,
  pageSize: 200,
} as const;

/** The actor id handoff's own decisions carry; no token or person may use it. */
export const SYSTEM_ACTOR_ID = 'system';

/** A required text of one line (ids, names, channels) or an optional one of several (notes, descriptions). */
function checkText(field: string, value: unknown, maxLength: number, kind: TextKind): string {
  if (typeof value !== 'string') throw new BadInput(field, 'is required');
  if (codePointLength(value) > maxLength) throw new BadInput(field, `is longer than ${maxLength} characters`);
  const problem = textProblem(value, kind);
  if (problem) throw new BadInput(field, problem);
  return value;
}

function checkOptionalText(field: string, value: unknown, maxLength: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new BadInput(field, 'must be text');
  return checkText(field, value, maxLength, 'multiline');
}

export const checkId = (field: string, value: unknown): string => checkText(field, value, LIMITS.idLength, 'line');
export const checkName = (field: string, value: unknown): string => checkText(field, value, LIMITS.nameLength, 'line');
export const checkChannel = (field: string, value: unknown): string => checkText(field, value, LIMITS.channelLength, 'line');

export function checkOptionalId(field: string, value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : checkId(field, value);
}

/** A user id from a token or a sign-in: an id, and never the reserved system actor. */
export function checkUserId(field: string, value: unknown): string {
  const id = checkId(field, value);
  if (id === SYSTEM_ACTOR_ID) throw new BadInput(field, 'is reserved');
  return id;
}

export const checkNote = (field: string, value: unknown): string | undefined =>
  checkOptionalText(field, value, LIMITS.noteLength);
export const checkDescription = (field: string, value: unknown): string | undefined =>
  checkOptionalText(field, value, LIMITS.descriptionLength);

export function checkOptionalName(field: string, value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : checkName(field, value);
}

export function checkQueueIds(field: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new BadInput(field, 'needs at least one queue');
  if (value.length > LIMITS.queueIds) throw new BadInput(field, `has more than ${LIMITS.queueIds} queues`);
  return value.map((id, index) => checkId(`${field}.${index}`, id));
}

export function checkExpectedVersion(field: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new BadInput(field, 'must be 0 or more');
  return value;
}

export function checkPageSize(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > LIMITS.pageSize) {
    throw new BadInput(field, `must be between 1 and ${LIMITS.pageSize}`);
  }
  return value;
}

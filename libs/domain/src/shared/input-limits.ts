import { BadInput } from './errors';

/** The input limits of DESIGN.md, checked before anything is read or written. */
export const LIMITS = {
  idLength: 128,
  nameLength: 200,
  descriptionLength: 1000,
  channelLength: 64,
  noteLength: 2000,
  queueIds: 50,
  pageSize: 200,
} as const;

/** Unicode's control category: C0, DEL and the C1 range (U+0080–U+009F, e.g. NEL) alike. */
const CONTROL_CHARACTERS = /\p{Cc}/u;

function isBlank(value: string): boolean {
  return value.trim().length === 0;
}

export function checkId(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) throw new BadInput(field, 'is required');
  if (value.length > LIMITS.idLength) throw new BadInput(field, `is longer than ${LIMITS.idLength} characters`);
  if (isBlank(value)) throw new BadInput(field, 'is blank');
  if (CONTROL_CHARACTERS.test(value)) throw new BadInput(field, 'contains control characters');
  return value;
}

export function checkOptionalId(field: string, value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : checkId(field, value);
}

function checkText(field: string, value: unknown, maxLength: number): string {
  if (typeof value !== 'string' || value.length === 0 || isBlank(value)) throw new BadInput(field, 'is required');
  if (value.length > maxLength) throw new BadInput(field, `is longer than ${maxLength} characters`);
  return value;
}

export const checkName = (field: string, value: unknown): string => checkText(field, value, LIMITS.nameLength);
export const checkChannel = (field: string, value: unknown): string => checkText(field, value, LIMITS.channelLength);

function checkOptionalText(field: string, value: unknown, maxLength: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new BadInput(field, 'must be text');
  if (value.length > maxLength) throw new BadInput(field, `is longer than ${maxLength} characters`);
  return value;
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

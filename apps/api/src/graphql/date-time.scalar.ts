import { BadInput } from '@handoff/domain';
import { GraphQLScalarType, Kind } from 'graphql';

/** ISO 8601 with a time zone (Z or ±hh:mm), e.g. 2026-11-24T10:00:00Z. */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Date.parse rolls 2026-02-30 over to March and reads 24:00 as the next day: both are refused. */
function isCalendarTime(value: string): boolean {
  const [year, month, day, hour] = [value.slice(0, 4), value.slice(5, 7), value.slice(8, 10), value.slice(11, 13)].map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth && hour < 24;
}

/** Normalises a DateTime input to UTC `toISOString()` form, so that text order is time order. */
export function parseDateTime(field: string, value: unknown): string {
  if (typeof value !== 'string' || !ISO_WITH_ZONE.test(value)) {
    throw new BadInput(field, 'must be an ISO 8601 date-time with a time zone');
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !isCalendarTime(value)) throw new BadInput(field, 'is not a valid date-time');
  return new Date(ms).toISOString();
}

/**
 * Inputs pass through as text and are checked by the resolver that uses them, so that a malformed value is a
 * BAD_USER_INPUT naming its argument whether it came inline or as a variable.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO 8601 date-time with a time zone.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => value,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : null),
});

import { sortablePosition } from '../read-store.port';

/** Names and keys of the MongoDB read store: pure, so the layout is unit-tested without a server. */

const PROJECTION_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const DECIMAL = /^(0|[1-9][0-9]*)$/;
/** Tenant ids and document ids never hold control characters (input limits), so NUL separates them unambiguously. */
const KEY_SEPARATOR = '\u0000';

function collectionStem(projection: string): string {
  if (!PROJECTION_NAME.test(projection)) throw new Error(`bad collection name ${projection}`);
  return `rm_${projection.replace(/-/g, '_')}_g`;
}

/** One Mongo collection per (projection, generation), e.g. `rm_conversations_g3`. */
export function collectionName(projection: string, generation: number): string {
  if (!Number.isSafeInteger(generation) || generation < 1) throw new Error(`bad generation ${generation}`);
  return `${collectionStem(projection)}${generation}`;
}

/** The generation a collection holds when it belongs to `projection`, else null. */
export function generationOfCollection(projection: string, name: string): number | null {
  const stem = collectionStem(projection);
  if (!name.startsWith(stem)) return null;
  const rest = name.slice(stem.length);
  return DECIMAL.test(rest) && rest !== '0' ? Number(rest) : null;
}

export function documentKey(tenantId: string, id: string): string {
  return `${tenantId}${KEY_SEPARATOR}${id}`;
}

export function generationKey(projection: string, generation: number): string {
  return `${projection}${KEY_SEPARATOR}${generation}`;
}

export function deadLetterKey(projection: string, position: string): string {
  return `${projection}${KEY_SEPARATOR}${position}`;
}

/** A checkpoint or event position as zero-padded text, so that string comparison in queries is numeric order. */
export function positionKey(position: string): string {
  if (!DECIMAL.test(position)) throw new Error(`bad position ${JSON.stringify(position)}`);
  return sortablePosition(BigInt(position));
}

const DEFAULT_DATABASE = 'handoff';

/** The database a connection string names in its path (`mongodb://host/handoff?...`), else `handoff`. */
export function databaseNameOf(url: string): string {
  const afterScheme = url.replace(/^mongodb(\+srv)?:\/\//, '');
  const slash = afterScheme.indexOf('/');
  if (slash < 0) return DEFAULT_DATABASE;
  const path = afterScheme.slice(slash + 1).split('?')[0];
  return path ? decodeURIComponent(path) : DEFAULT_DATABASE;
}

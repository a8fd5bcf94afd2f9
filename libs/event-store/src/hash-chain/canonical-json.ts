/**
 * Canonical JSON: the value as JSON.stringify writes it (same `toJSON`, same dropping of undefined and functions,
 * same numbers and string escapes), with no whitespace and every object's keys in ascending UTF-16 code unit order
 * (the order of Array.prototype.sort). A value written as JSON and parsed back has the same canonical form.
 */
export function canonicalJson(value: unknown): string {
  // The event stores write events in canonical order (canonicalCopy), so what they read back is usually in it already.
  const json = inCanonicalOrder(value) ? JSON.stringify(value) : JSON.stringify(canonicalCopy(value));
  if (json === undefined) throw new TypeError('canonical JSON of a value JSON cannot write');
  return json;
}

/** The value as JSON would carry it, every object rebuilt with its keys in canonical order: JSON.stringify of it is canonical. */
export function canonicalCopy<T>(raw: T): T {
  const value: unknown = hasToJson(raw) ? raw.toJSON() : raw;
  if (value === null || typeof value !== 'object') return value as T;
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : canonicalCopy(item))) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined && typeof member !== 'function' && typeof member !== 'symbol') copy[key] = canonicalCopy(member);
  }
  return copy as T;
}

/** True when JSON.stringify(value) is already canonical: plain objects only, keys in order, nothing JSON would drop. */
function inCanonicalOrder(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!inCanonicalOrder(item)) return false;
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  let previous: string | undefined;
  for (const key in value) {
    if (previous !== undefined && !(previous < key)) return false;
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol' || !inCanonicalOrder(member)) return false;
    previous = key;
  }
  return true;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * Canonical JSON: the value as JSON.stringify writes it (same `toJSON`, same dropping of undefined and functions,
 * same numbers and string escapes), with no whitespace and every object's keys in ascending UTF-16 code unit order
 * (the order of Array.prototype.sort). A value written as JSON and parsed back has the same canonical form.
 */
export function canonicalJson(value: unknown): string {
  const json = canonicalPart(value);
  if (json === undefined) throw new TypeError('canonical JSON of a value JSON cannot write');
  return json;
}

function canonicalPart(raw: unknown): string | undefined {
  const value = hasToJson(raw) ? raw.toJSON() : raw;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalPart(item) ?? 'null').join(',')}]`;
  const members: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const part = canonicalPart((value as Record<string, unknown>)[key]);
    if (part !== undefined) members.push(`${JSON.stringify(key)}:${part}`);
  }
  return `{${members.join(',')}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

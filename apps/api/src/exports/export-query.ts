import { BadInput, checkId, LIMITS } from '@handoff/domain';
import { parseDateTime } from '../graphql/date-time.scalar';

/** An export's query parameters, each given at most once; refused when unknown, so a misspelt filter never exports everything. */
export class ExportQuery {
  private constructor(private readonly values: ReadonlyMap<string, string>) {}

  static parse(search: URLSearchParams, accepted: readonly string[]): ExportQuery {
    const values = new Map<string, string>();
    for (const [name, value] of search) {
      if (!accepted.includes(name)) throw new BadInput(name, `is not a parameter of this export; it takes ${accepted.join(', ')}`);
      if (values.has(name)) throw new BadInput(name, 'is given more than once');
      values.set(name, value);
    }
    return new ExportQuery(values);
  }

  text(name: string): string | undefined {
    return this.values.get(name);
  }

  id(name: string): string | undefined {
    const value = this.values.get(name);
    return value === undefined ? undefined : checkId(name, value);
  }

  dateTime(name: string): string | undefined {
    const value = this.values.get(name);
    return value === undefined ? undefined : parseDateTime(name, value);
  }

  requiredDateTime(name: string): string {
    const value = this.dateTime(name);
    if (value === undefined) throw new BadInput(name, 'is required');
    return value;
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const value = this.values.get(name) ?? fallback;
    if (!choices.includes(value as T)) throw new BadInput(name, `must be one of ${choices.join(', ')}`);
    return value as T;
  }

  /** A comma-separated list of ids, e.g. `types=A,B`: 1–50 of them. */
  ids(name: string): string[] | undefined {
    const value = this.values.get(name);
    if (value === undefined) return undefined;
    const ids = value.split(',');
    if (ids.length > LIMITS.queueIds) throw new BadInput(name, `has more than ${LIMITS.queueIds} values`);
    return ids.map((id) => checkId(name, id));
  }
}

/** An ISO time as it can stand in a file name: 2026-12-01T10:00:00.000Z → 20261201T100000Z. */
export function fileTime(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

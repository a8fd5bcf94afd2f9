import { Generation } from '../read-store.port';
import { assertSwapAllowed } from '../swap-fence';
import { collectionTable } from './sql-builder';
import { SqliteLeases } from './sqlite-leases';
import { SqliteTables } from './sqlite-tables';

export interface GenerationRow {
  projection: string;
  generation: number;
  version: number;
  checkpoint: string;
  active: number;
}

/** Each projection's generations: which exist, how far each got, which one queries read. */
export class SqliteGenerations {
  constructor(private readonly tables: SqliteTables, private readonly leases: SqliteLeases) {}

  rows(): GenerationRow[] {
    return this.tables.all<GenerationRow>('SELECT * FROM rm_generations');
  }

  list(projection: string): Generation[] {
    return this.tables.all<GenerationRow>('SELECT * FROM rm_generations WHERE projection = ? ORDER BY generation', projection).map(toGeneration);
  }

  create(projection: string, version: number): Generation {
    const { tables } = this;
    tables.spec(projection);
    const create = tables.db.transaction(() => {
      const last = tables.statement('SELECT coalesce(max(generation), 0) FROM rm_generations WHERE projection = ?').pluck().get(projection) as number;
      const hasActive = tables.statement('SELECT count(*) FROM rm_generations WHERE projection = ? AND active = 1').pluck().get(projection) as number;
      const generation = last + 1;
      tables.createTable(projection, generation, !hasActive);
      tables.statement('INSERT INTO rm_generations (projection, generation, version, checkpoint, active) VALUES (?, ?, ?, ?, ?)').run(
        projection, generation, version, '0', hasActive ? 0 : 1,
      );
      return { projection, generation, version, checkpoint: '0', active: !hasActive };
    });
    return create.immediate();
  }

  activate(projection: string, generation: number, owner: string): void {
    const { tables } = this;
    // Each index in its own statement, before the swap: the write lock is never held for all of them at once. Only
    // for a generation that is listed, so that a missing one is never created again.
    if (this.row(projection, generation)) tables.createTable(projection, generation, true);
    const swap = tables.db.transaction(() => {
      const rows = tables.all<GenerationRow>('SELECT * FROM rm_generations WHERE projection = ?', projection);
      const target = rows.find((row) => row.generation === generation);
      const serving = rows.find((row) => row.active === 1);
      assertSwapAllowed({
        projection, generation, owner,
        leaseOwner: this.leases.holder(projection),
        targetCheckpoint: target?.checkpoint ?? null,
        serving: serving ?? null,
      });
      for (const row of rows.filter((r) => r.generation !== generation)) {
        tables.db.exec(`DROP TABLE IF EXISTS ${collectionTable(projection, row.generation)}`);
        tables.statement('DELETE FROM rm_generations WHERE projection = ? AND generation = ?').run(projection, row.generation);
      }
      tables.statement('UPDATE rm_generations SET active = 1 WHERE projection = ? AND generation = ?').run(projection, generation);
    });
    swap.immediate();
  }

  /** Whether the generation is the active one; undefined when it does not exist. */
  isActive(projection: string, generation: number): boolean | undefined {
    const active = this.tables.statement('SELECT active FROM rm_generations WHERE projection = ? AND generation = ?')
      .pluck()
      .get(projection, generation) as number | undefined;
    return active === undefined ? undefined : active === 1;
  }

  setCheckpoint(projection: string, generation: number, checkpoint: string): void {
    this.tables.statement('UPDATE rm_generations SET checkpoint = ? WHERE projection = ? AND generation = ?').run(checkpoint, projection, generation);
  }

  private row(projection: string, generation: number): GenerationRow | undefined {
    return this.tables.statement('SELECT * FROM rm_generations WHERE projection = ? AND generation = ?').get(projection, generation) as
      | GenerationRow
      | undefined;
  }
}

function toGeneration(row: GenerationRow): Generation {
  return { ...row, active: row.active === 1 };
}

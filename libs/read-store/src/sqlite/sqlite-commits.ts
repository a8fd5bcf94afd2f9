import type { Statement } from 'better-sqlite3';
import { Commit, fieldOf } from '../read-store.port';
import { collectionTable, toSqlValue } from './sql-builder';
import { SqliteChangeLog } from './sqlite-change-log';
import { SqliteGenerations } from './sqlite-generations';
import { SqliteLeases } from './sqlite-leases';
import { SqliteTables } from './sqlite-tables';

/** A collection generation's prepared writes: built once per table, not once per commit. */
interface TableWrites {
  put: Statement;
  remove: Statement;
  columns: string[];
}

/** A batch's documents and checkpoint, written in one immediate transaction, fenced by the lease. */
export class SqliteCommits {
  private readonly tableWrites = new Map<string, TableWrites>();
  private readonly writeCommit: (commit: Commit) => void;

  constructor(
    private readonly tables: SqliteTables,
    private readonly generations: SqliteGenerations,
    private readonly leases: SqliteLeases,
    private readonly changes: SqliteChangeLog,
  ) {
    const write = tables.db.transaction((commit: Commit) => this.write(commit));
    this.writeCommit = (commit) => write.immediate(commit);
  }

  commit(commit: Commit): void {
    this.writeCommit(commit);
  }

  /** After a swap dropped tables: writes prepared on them are not valid any more. */
  forgetTableWrites(): void {
    this.tableWrites.clear();
  }

  private write(commit: Commit): void {
    const { put, remove, columns } = this.writesOf(commit.projection, commit.generation);
    if (this.leases.holder(commit.projection) !== commit.owner) throw new Error(`projection ${commit.projection} is leased by another projector`);
    const active = this.generations.isActive(commit.projection, commit.generation);
    if (active === undefined) throw new Error(`generation ${commit.generation} of ${commit.projection} does not exist`);
    for (const w of commit.writes) {
      if (w.kind === 'put') {
        const d = w.document;
        put.run(d.tenantId, d.id, JSON.stringify(d), ...columns.map((c) => toSqlValue(fieldOf(d, c))));
      } else {
        remove.run(w.tenantId, w.id);
      }
    }
    this.generations.setCheckpoint(commit.projection, commit.generation, commit.checkpoint);
    if (active) {
      const changed = commit.writes.map((w) => (w.kind === 'put' ? { tenantId: w.document.tenantId, id: w.document.id } : { tenantId: w.tenantId, id: w.id }));
      this.changes.append(commit.projection, commit.checkpoint, changed);
    }
  }

  private writesOf(projection: string, generation: number): TableWrites {
    const table = collectionTable(projection, generation);
    let writes = this.tableWrites.get(table);
    if (!writes) {
      const columns = Object.keys(this.tables.spec(projection).fields);
      writes = {
        // An upsert updates the row in place: a replace would delete it and insert it again in every index.
        put: this.tables.db.prepare(
          `INSERT INTO ${table} (tenant_id, id, doc${columns.map((c) => `, "${c}"`).join('')}) VALUES (?, ?, ?${columns.map(() => ', ?').join('')})
           ON CONFLICT (tenant_id, id) DO UPDATE SET doc = excluded.doc${columns.map((c) => `, "${c}" = excluded."${c}"`).join('')}`,
        ),
        remove: this.tables.db.prepare(`DELETE FROM ${table} WHERE tenant_id = ? AND id = ?`),
        columns,
      };
      this.tableWrites.set(table, writes);
    }
    return writes;
  }
}

import Database from 'better-sqlite3';

/**
 * The export's reads without the api: the serving transfer-history table paged by the same keyset SQL (1,000 rows
 * a page, newest first) and each document decoded, straight through better-sqlite3. Rows per second.
 */
export function rawTransferRead(path: string, tenantId: string): number {
  const db = new Database(path, { readonly: true });
  try {
    const generation = db.prepare("SELECT generation FROM rm_generations WHERE projection = 'transfer-history' AND active = 1").pluck().get() as number;
    const table = `rm_transfer_history_g${generation}`;
    const first = db.prepare(`SELECT doc, "sortPosition" AS sortPosition FROM ${table} WHERE tenant_id = ? ORDER BY "sortPosition" DESC, id DESC LIMIT 1001`);
    const next = db.prepare(`SELECT doc, "sortPosition" AS sortPosition FROM ${table} WHERE tenant_id = ? AND "sortPosition" < ? ORDER BY "sortPosition" DESC, id DESC LIMIT 1001`);
    const startedAt = process.hrtime.bigint();
    let rows = 0;
    let page = first.all(tenantId) as Array<{ doc: string; sortPosition: string }>;
    for (;;) {
      const kept = page.slice(0, 1000);
      for (const row of kept) JSON.parse(row.doc);
      rows += kept.length;
      if (page.length <= 1000) break;
      page = next.all(tenantId, kept[kept.length - 1].sortPosition) as typeof page;
    }
    return rows / (Number(process.hrtime.bigint() - startedAt) / 1e9);
  } finally {
    db.close();
  }
}

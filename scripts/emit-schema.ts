import 'reflect-metadata';
import { loadConfig } from '@handoff/platform';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, emitSchema } from '../apps/api/src/bootstrap';

/** Writes the served schema to schema.gql (checked against the contract by ../shared/tools/check-contract.mjs). */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-schema-'));
  const app = await createApp(loadConfig({ SQLITE_PATH: join(dir, 'schema.db'), PROJECTOR: 'off' }), { logger: false });
  await app.init();
  emitSchema(app, join(process.cwd(), 'schema.gql'));
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();

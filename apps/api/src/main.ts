import 'reflect-metadata';
import { checkDataKey, ConfigError, loadConfig } from '@handoff/platform';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { createApp, emitSchema } from './bootstrap';

async function main(): Promise<void> {
  const logger = new Logger('handoff');
  let config;
  try {
    config = loadConfig(process.env);
    await checkDataKey(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`handoff: invalid configuration: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  if (config.dataKey.development) logger.warn('DATA_KEY is not set: contact names and notes are sealed with the documented development key');
  if (config.usingDevSecret) logger.warn('AUTH_JWT_SECRET is not set: using the documented development secret');
  if (!config.auth.cursorSecret && !config.auth.hs256Secret) logger.warn('CURSOR_SECRET is not set: page cursors are signed with a key of this process and do not survive a restart');
  await app.init();
  if (!config.production) emitSchema(app, join(process.cwd(), 'schema.gql'));
  await app.listen(config.port);
  logger.log(`GraphQL on http://localhost:${config.port}/graphql (event store: ${config.eventStore.kind}, read store: ${config.readStore.kind}, projector: ${config.projector})`);
}

void main();

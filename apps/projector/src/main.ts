import 'reflect-metadata';
import { AppConfig, checkDataKey, ConfigError, loadConfig } from '@handoff/platform';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { ProjectorModule } from './projector.module';

async function configOrExit(): Promise<AppConfig> {
  try {
    const config = loadConfig(process.env);
    await checkDataKey(config);
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`handoff projector: invalid configuration: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = await configOrExit();
  const app = await NestFactory.createApplicationContext(ProjectorModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  if (config.dataKey.development) new Logger('handoff').warn('DATA_KEY is not set: contact names and notes are sealed with the documented development key');
  new Logger('handoff').log(`projector running (event store: ${config.eventStore.kind}, read store: ${config.readStore.kind})`);
}

main().catch((error: unknown) => {
  process.stderr.write(`handoff projector: could not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});

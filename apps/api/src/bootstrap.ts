import { AppConfig } from '@handoff/platform';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { Logger as PinoLogger } from 'nestjs-pino';
import { writeFileSync } from 'node:fs';
import { AppModule } from './app.module';
import { applyHttpLimits, MAX_BODY_BYTES } from './limits/http-limits';

export const MAX_BODY = MAX_BODY_BYTES;

/** Builds the api (shared by main.ts and the end-to-end tests); `listen` is the caller's. */
export async function createApp(config: AppConfig, options: { logger?: false | Logger } = {}): Promise<INestApplication> {
  // `logger: false` (tests, benchmarks) silences the JSON log too, whatever LOG_LEVEL says.
  const quiet = options.logger === false;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(quiet ? { ...config, logLevel: 'silent' } : config), {
    bodyParser: false,
    bufferLogs: !quiet,
    logger: quiet ? false : undefined,
  });
  if (!quiet) app.useLogger(app.get(PinoLogger));
  applyHttpLimits(app, config);
  app.useBodyParser('json', { limit: MAX_BODY });
  app.enableShutdownHooks();
  return app;
}

/** The schema the server actually serves, as SDL (committed as schema.gql and checked against the contract). */
export function servedSchema(app: INestApplication): string {
  return printSchema(app.get(GraphQLSchemaHost).schema);
}

export function emitSchema(app: INestApplication, path: string): void {
  writeFileSync(path, servedSchema(app) + '\n');
}

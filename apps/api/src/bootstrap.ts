import { AppConfig } from '@handoff/platform';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { AppModule } from './app.module';

export const MAX_BODY = '1mb';

/** Builds the api (shared by main.ts and the end-to-end tests); `listen` is the caller's. */
export async function createApp(config: AppConfig, options: { logger?: false | Logger } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: options.logger === false ? false : undefined,
  });
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

import { AppConfig } from '@handoff/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { ConsoleFilesController } from './console-files.controller';
import { DevTokenController } from './dev-token.controller';

/**
 * The supervisor console's built files at /console. The dev sign-in (/dev/token) exists only in development with
 * the development secret: a server given a real AUTH_JWT_SECRET never mints tokens, whatever NODE_ENV says.
 */
export const devSignIn = (config: AppConfig): boolean => !config.production && config.usingDevSecret;

@Module({})
export class ConsoleModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConsoleModule,
      controllers: devSignIn(config) ? [ConsoleFilesController, DevTokenController] : [ConsoleFilesController],
    };
  }
}

import { AppConfig } from '@handoff/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { ConsoleFilesController } from './console-files.controller';
import { DevTokenController } from './dev-token.controller';

/** The supervisor console's built files at /console; outside production also the dev sign-in at /dev/token. */
@Module({})
export class ConsoleModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConsoleModule,
      controllers: config.production ? [ConsoleFilesController] : [ConsoleFilesController, DevTokenController],
    };
  }
}

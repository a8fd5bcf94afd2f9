import { AppConfig } from '@handoff/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino, { DestinationStream } from 'pino';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';

/** A caller's correlation id becomes the request id when it is a plain token; anything else gets a fresh one. */
const CORRELATION_ID = /^[\w.:-]{1,128}$/;

function requestId(req: IncomingMessage): string {
  const header = req.headers['x-correlation-id'];
  return typeof header === 'string' && CORRELATION_ID.test(header) ? header : randomUUID();
}

/**
 * JSON lines on stdout with pino. Requests are not logged one by one (commands log themselves); the request
 * serializer keeps method and path only, so neither headers (tokens) nor query strings reach the log.
 */
/**
 * Synchronous writes: on SIGTERM Nest closes the app and re-raises the signal, which ends the process before an
 * asynchronous destination flushes, and the last lines (the shutdown's own) would be lost.
 */
export function logDestination(): DestinationStream {
  return pino.destination({ dest: 1, sync: true });
}

@Module({})
export class LoggingModule {
  static forRoot(config: Pick<AppConfig, 'logLevel'>): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [{
            level: config.logLevel,
            autoLogging: false,
            quietReqLogger: true,
            genReqId: requestId,
            serializers: {
              req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, path: req.url?.split('?')[0] }),
            },
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.authorization', 'authorization'], censor: '[redacted]' },
          }, logDestination()],
        }),
      ],
    };
  }
}

import { AppConfig } from '@handoff/platform';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ExecutionResult, GraphQLError } from 'graphql';
import { Disposable, ServerOptions } from 'graphql-ws';
import { IncomingMessage, Server } from 'node:http';
import { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { ResolverRoles } from '../../auth/field-roles.module';
import { TokenVerifier } from '../../auth/token-verifier';
import { APP_CONFIG, TOKEN_VERIFIER } from '../../infrastructure/tokens';
import { MAX_BODY_BYTES } from '../../limits/http-limits';
import { RateLimiter } from '../../limits/rate-limiter';
import { withReadYourWrites } from '../../read-models/read-your-writes';
import { formatError } from '../format-error';
import { GRAPHQL_PATH } from '../graphql.config';
import { readableMutationOverWs } from '../readable-mutation.hooks';
import { requestContextFactory } from '../request-context';
import { acceptsConnection, checkSubscribe } from './websocket-hooks';

/**
 * graphql-ws's adapter for `ws`. Required by hand: its subpath export is invisible to this project's
 * `moduleResolution` (node10), so its signature is stated here from the package's own types.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as {
  useServer(options: ServerOptions<Record<string, unknown> | undefined, { request: IncomingMessage; socket: WebSocket }>, server: WebSocketServer): Disposable;
};

function pathOf(url: string | undefined): string {
  return new URL(url ?? '/', 'http://localhost').pathname;
}

/** Answers an upgrade the api does not serve, so that the connection does not stay open unanswered. */
function refuseUpgrade(socket: Duplex, status: string, headers: string[] = []): void {
  socket.end([`HTTP/1.1 ${status}`, 'Connection: close', 'Content-Length: 0', ...headers, '', ''].join('\r\n'));
  socket.destroy();
}

/**
 * graphql-ws on /graphql, run here rather than by @nestjs/graphql, which offers no message size limit (ws's
 * default is 100 MiB) and leaves upgrades to other paths unanswered. Same context and error codes as HTTP.
 */
@Injectable()
export class GraphqlWebSocketServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('GraphQL');
  private dispose?: () => Promise<void> | void;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly limiter: RateLimiter,
    private readonly resolverRoles: ResolverRoles,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // GraphQLModule's schema, whichever module holds it; it is built by now (after every onModuleInit).
    const schemaHost = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    const sockets = new WebSocketServer({ noServer: true, path: GRAPHQL_PATH, maxPayload: MAX_BODY_BYTES });
    const log = (original: unknown): void => this.logger.error(original);
    const format = (error: GraphQLError) => formatError(error.toJSON(), error, log);
    const server = useServer(
      {
        schema: schemaHost.schema,
        context: requestContextFactory(this.verifier),
        onConnect: acceptsConnection(this.verifier),
        onSubscribe: checkSubscribe(() => schemaHost.schema, this.config, this.limiter),
        ...readableMutationOverWs(() => this.resolverRoles.fieldRoles),
        // Not passed through Apollo's formatError nor its plugins: the same codes and read-your-writes warnings here.
        onNext: (_ctx: unknown, _id: string, _payload: unknown, args: { contextValue?: unknown }, result: ExecutionResult) =>
          withReadYourWrites(args.contextValue, result.errors ? { ...result, errors: result.errors.map(format) } : result),
      },
      sockets,
    );
    this.dispose = () => server.dispose();
    const httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (pathOf(request.url) !== GRAPHQL_PATH) return refuseUpgrade(socket, '404 Not Found');
      void this.limiter.consume(request.socket.remoteAddress, undefined).then((verdict) => {
        if (!verdict.allowed) return refuseUpgrade(socket, '429 Too Many Requests', [`Retry-After: ${verdict.retryAfterSeconds}`]);
        sockets.handleUpgrade(request, socket, head, (webSocket) => sockets.emit('connection', webSocket, request));
      });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.dispose?.();
  }
}

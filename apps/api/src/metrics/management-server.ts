import { AppConfig } from '@handoff/platform';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Registry } from 'prom-client';
import { Readiness } from '../health/readiness';
import { APP_CONFIG } from '../infrastructure/tokens';
import { HandoffMetrics } from './handoff-metrics';

/**
 * With MANAGEMENT_PORT, /metrics and the detailed /health/ready are served on that port (for the scraper and the
 * orchestrator, not to be published) and nowhere else; the public port keeps /health/live and a bare readiness.
 */
@Injectable()
export class ManagementServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Management');
  private server?: Server;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: HandoffMetrics,
    private readonly readiness: Readiness,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.limits.managementPort;
    if (port === null) return;
    const server = createServer((request, response) => {
      this.route(request, response).catch((error: unknown) => {
        this.logger.error(error);
        if (!response.headersSent) response.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, () => resolve()));
    this.server = server;
    this.logger.log(`metrics and readiness on port ${port}`);
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET') return void response.writeHead(405).end();
    if (path === '/metrics') {
      const body = await this.metrics.scrape();
      return void response.writeHead(200, { 'content-type': Registry.PROMETHEUS_CONTENT_TYPE, 'cache-control': 'no-store' }).end(body);
    }
    if (path === '/health/ready') {
      const { ok, result } = await this.readiness.check();
      return void response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    }
    if (path === '/health/live') return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    response.writeHead(404).end();
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}

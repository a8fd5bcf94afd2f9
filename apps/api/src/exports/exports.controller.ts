import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { Controller, Get, Inject, Logger, Param, Req, Res } from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';
import { TokenVerifier } from '../auth/token-verifier';
import { TOKEN_VERIFIER } from '../infrastructure/tokens';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { AnyExport, ExportSources } from './export-definition';
import { serveExport } from './export-runner';
import { ExportTelemetry } from './export-telemetry';
import { EXPORTS } from './exports';

const BY_NAME = new Map<string, AnyExport>(EXPORTS.map((definition) => [definition.name, definition]));

/** `GET /export/<name>`: the streamed exports, with the bearer tokens of the GraphQL api. */
@Controller('export')
export class ExportsController {
  private readonly sources: ExportSources;
  private readonly logger = new Logger('Exports');

  constructor(
    readModels: ReadModelCollections,
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    private readonly telemetry: ExportTelemetry,
  ) {
    this.sources = { readModels, eventStore };
  }

  @Get(':name')
  async export(@Param('name') name: string, @Req() request: IncomingMessage, @Res() response: ServerResponse): Promise<void> {
    const definition = BY_NAME.get(name);
    if (!definition) {
      response.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ error: 'NOT_FOUND', message: `no export ${name}; exports: ${[...BY_NAME.keys()].join(', ')}` }));
      return;
    }
    await serveExport(definition, this.sources, request, response, { verifier: this.verifier, telemetry: this.telemetry, logger: this.logger });
  }
}

import { BadInput, EXPORT_ROLES, hasAnyRole } from '@handoff/domain';
import { Logger } from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TokenVerifier } from '../auth/token-verifier';
import { exportBody } from './export-body';
import { AnyExport, ExportFormat, ExportSources } from './export-definition';
import { ExportQuery } from './export-query';
import { ExportTelemetry } from './export-telemetry';

const CONTENT_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', ndjson: 'application/x-ndjson' };

interface Refusal {
  status: number;
  body: { error: string; message: string; parameter?: string };
}

function refuse(response: ServerResponse, { status, body }: Refusal): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
  });
  response.end(JSON.stringify(body));
}

interface Admitted {
  tenantId: string;
  format: ExportFormat;
  params: unknown;
  rows?: number;
}

/** The bearer token (401), the export's roles (403), its parameters (400); the caller's tenant when all hold. */
async function admit(definition: AnyExport, sources: ExportSources, request: IncomingMessage, verifier: TokenVerifier): Promise<Admitted | Refusal> {
  const caller = await verifier.verify(request.headers.authorization);
  if (!caller.actor) return { status: 401, body: { error: 'UNAUTHENTICATED', message: caller.problem } };
  const roles = EXPORT_ROLES[definition.name];
  if (!hasAnyRole(caller.actor, roles)) return { status: 403, body: { error: 'FORBIDDEN', message: `export ${definition.name} needs one of ${roles.join(', ')}` } };
  const tenantId = caller.actor.tenantId;
  try {
    const query = ExportQuery.parse(new URL(request.url ?? '/', 'http://export').searchParams, ['format', ...definition.parameters]);
    const format = query.choice('format', definition.formats, definition.formats[0]);
    const params: unknown = definition.parse(query);
    return { tenantId, format, params, rows: await definition.count?.(sources, tenantId, params) };
  } catch (error) {
    if (error instanceof BadInput) return { status: 400, body: { error: 'BAD_USER_INPUT', parameter: error.field, message: error.message } };
    throw error;
  }
}

/**
 * Serves one export once admitted: the rows streamed with backpressure (a page is read when the socket has taken
 * the last one; a client gone ends the reads). Once streaming, the status is sent: a failure then cuts the response
 * short (the client sees an incomplete chunked body, never a truncated file that looks whole).
 */
export async function serveExport(
  definition: AnyExport,
  sources: ExportSources,
  request: IncomingMessage,
  response: ServerResponse,
  tools: { verifier: TokenVerifier; telemetry: ExportTelemetry; logger: Logger },
): Promise<void> {
  const admitted = await admit(definition, sources, request, tools.verifier);
  if ('status' in admitted) return refuse(response, admitted);
  const { tenantId, format, params, rows } = admitted;
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[format],
    'content-disposition': `attachment; filename="${definition.fileName(params)}.${format}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(rows === undefined ? {} : { 'x-export-rows': String(rows) }),
  });
  // Node drops a HEAD response's body but would still read every page into nothing.
  if (request.method === 'HEAD') return void response.end();
  const pages = definition.pages(sources, tenantId, params);
  const body = exportBody(format, definition.columns, pages, (count) => tools.telemetry.pageRead(definition.name, count));
  try {
    await pipeline(Readable.from(body, { highWaterMark: 1 }), response);
    tools.telemetry.ended(definition.name, 'completed');
  } catch (error) {
    const aborted = (error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE';
    tools.telemetry.ended(definition.name, aborted ? 'aborted' : 'failed');
    if (!aborted) tools.logger.error({ err: error, export: definition.name }, 'export failed while streaming');
    response.destroy();
  }
}

import { request as httpRequest } from 'node:http';

export interface ExportResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** GET /export/... over real HTTP, the whole body read. */
export async function getExport(baseUrl: string, pathAndQuery: string, token?: string): Promise<ExportResponse> {
  const response = await fetch(`${baseUrl}${pathAndQuery}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Reads the first chunk of an export, then drops the connection: a client that went away. */
export function readFirstChunkAndLeave(baseUrl: string, pathAndQuery: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl}${pathAndQuery}`, { headers: { authorization: `Bearer ${token}` } }, (response) => {
      response.once('data', (chunk: Buffer) => {
        request.destroy();
        resolve(chunk.length);
      });
      response.once('error', () => undefined);
    });
    request.once('error', (error) => (request.destroyed ? undefined : reject(error)));
    request.end();
  });
}

/** A counter of /metrics (development servers serve it openly), summed over the series matching the labels. */
export async function metric(baseUrl: string, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && wanted.every((label) => line.includes(label)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

export { drainExport } from '../../bench/support/drain-export';

import { request as httpRequest } from 'node:http';

/** Streams an export through, keeping nothing: its status, bytes and CSV records (CRLF outside quotes) counted. */
export function drainExport(baseUrl: string, pathAndQuery: string, token: string): Promise<{ status: number; bytes: number; records: number }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl}${pathAndQuery}`, { headers: { authorization: `Bearer ${token}` } }, (response) => {
      let bytes = 0;
      let records = 0;
      let quoted = false;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let i = 0; i < chunk.length; i++) {
          if (chunk[i] === 0x22) quoted = !quoted;
          else if (chunk[i] === 0x0a && !quoted) records++;
        }
      });
      response.once('end', () => resolve({ status: response.statusCode ?? 0, bytes, records }));
      response.once('error', reject);
    });
    request.once('error', reject);
    request.end();
  });
}

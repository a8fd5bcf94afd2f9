import { Controller, Get, Req, Res } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The few parts of Express's request and response this controller uses (@types/express is not installed). */
interface FileRequest {
  path: string;
  originalUrl: string;
}
interface FileResponse {
  headersSent: boolean;
  redirect(status: number, url: string): void;
  status(code: number): FileResponse;
  type(type: string): FileResponse;
  send(body: string): void;
  sendFile(path: string, options: { root: string; maxAge?: number | string; immutable?: boolean; headers?: Record<string, string> }, done: (error?: Error) => void): void;
}

export const CONSOLE_PATH = '/console';
const HASHED_ASSETS = 'assets/';
const ONE_YEAR = '365d';
const SOURCE_MAP = /\.map$/i;
/** The console loads only its own files and talks only to its own origin (HTTP and graphql-ws); nobody may frame it. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function decodedOrSelf(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Where `npm run build:console` writes: found from the source tree (tests) and from dist/ (npm start). */
function findConsoleDist(): string | null {
  const candidates = [
    process.env.CONSOLE_DIST,
    resolve(__dirname, '../../../console/dist'),
    resolve(__dirname, '../../../../../apps/console/dist'),
    resolve(process.cwd(), 'apps/console/dist'),
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Serves the built console on the api's origin, so the console reaches /graphql without CORS. Express's sendFile
 * refuses paths that climb out of the root; hashed assets are cached for a year, index.html never.
 */
@Controller()
export class ConsoleFilesController {
  private root: string | null = null;

  @Get([CONSOLE_PATH, `${CONSOLE_PATH}/{*path}`])
  serve(@Req() request: FileRequest, @Res() response: FileResponse): void {
    if (request.originalUrl === CONSOLE_PATH) return response.redirect(301, `${CONSOLE_PATH}/`);
    this.root ??= findConsoleDist();
    const root = this.root;
    if (!root) {
      response.status(404).type('text/plain').send('The console is not built: run `npm run build:console`.');
      return;
    }
    // Still URL-encoded: sendFile decodes it once (and answers 400 to a malformed escape).
    const file = request.path.slice(CONSOLE_PATH.length + 1) || 'index.html';
    const hashed = file.startsWith(HASHED_ASSETS);
    // Never served, even if an older build left one in dist/.
    if (SOURCE_MAP.test(file) || SOURCE_MAP.test(decodedOrSelf(file))) {
      response.status(404).type('text/plain').send('Not found');
      return;
    }
    response.sendFile(file, { root, maxAge: hashed ? ONE_YEAR : 0, immutable: hashed, headers: SECURITY_HEADERS }, (error) => {
      if (!error || response.headersSent) return;
      if (hashed || file.includes('.')) {
        response.status(404).type('text/plain').send('Not found');
        return;
      }
      response.sendFile('index.html', { root, headers: { ...SECURITY_HEADERS, 'cache-control': 'no-cache' } }, () => undefined);
    });
  }
}

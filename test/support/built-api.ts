import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * The api compiled by tsc (as `npm run build` does) into a private folder under .tmp/, so that a test runs the
 * code in the tree and never a stale or half-written dist/ of someone else's build.
 */
export class BuiltApi {
  private constructor(readonly outDir: string) {}

  static build(): BuiltApi {
    const outDir = join(ROOT, '.tmp', `api-build-${process.pid}`);
    mkdirSync(outDir, { recursive: true });
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', outDir], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    return new BuiltApi(outDir);
  }

  /** Starts main.js with exactly `env` (plus PATH), in `cwd`, resolving the @handoff/* aliases inside the build. */
  spawn(env: Record<string, string>, cwd: string): ChildProcess {
    const { compilerOptions } = require(join(ROOT, 'tsconfig.json')) as { compilerOptions: { paths: Record<string, string[]> } };
    const preload = `require(${JSON.stringify(require.resolve('tsconfig-paths'))}).register(${JSON.stringify({ baseUrl: this.outDir, paths: compilerOptions.paths })});`;
    const main = join(this.outDir, 'apps', 'api', 'src', 'main.js');
    return spawn(process.execPath, ['-e', `${preload} require(${JSON.stringify(main)});`], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  remove(): void {
    rmSync(this.outDir, { recursive: true, force: true });
  }
}

/** What a process wrote and how it ended. */
export function outputOf(child: ChildProcess): { stdout: () => string; stderr: () => string; exit: Promise<number | null> } {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close', not 'exit': only then has everything the child wrote been read from its pipes.
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { stdout: () => stdout, stderr: () => stderr, exit };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Polls until `ready` holds or the time is up. */
export async function eventually(ready: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

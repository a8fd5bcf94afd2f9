import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { NO_CHROMIUM_LINE } from './support/console-browser';

/**
 * The browser suite on a machine without a browser, run as a real jest child process: skipped with one clear line
 * for a new user, a failed run under CI=true. CHROMIUM_PATH pointing nowhere stands for "no browser here".
 */
const ROOT = join(__dirname, '..');

function runConsoleSuite(env: Record<string, string>): { status: number | null; output: string } {
  const jest = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
  const { CI: _ci, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [jest, '--runInBand', 'test/console.e2e-spec.ts'], {
    cwd: ROOT,
    env: { ...inherited, CHROMIUM_PATH: '/nonexistent/chromium', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the browser suite without Chromium', () => {
  it('is skipped with one clear line, and the run passes', () => {
    const { status, output } = runConsoleSuite({});
    expect(output).toContain(NO_CHROMIUM_LINE);
    expect(output).toMatch(/jest: 0 passed, 0 failed, [1-9]\d* skipped/);
    expect(status).toBe(0);
  });

  it('fails the run under CI=true', () => {
    const { status, output } = runConsoleSuite({ CI: 'true' });
    expect(output).toMatch(/jest: 0 passed, 1 failed/);
    expect(status).not.toBe(0);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Locator, Page } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const CONSOLE_DIR = join(ROOT, 'apps', 'console');
const CONSOLE_INDEX = join(CONSOLE_DIR, 'dist', 'index.html');

export const NO_CHROMIUM_LINE = 'skipped: no Chromium (apt-get install chromium, or set CHROMIUM_PATH)';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'];

function newestSourceTime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestSourceTime(join(path, entry))));
}

/** Builds the console when dist/ is missing or older than its sources, so a test never runs yesterday's bundle. */
export function ensureConsoleBuilt(): void {
  const sources = ['src', 'index.html', 'vite.config.ts'].map((entry) => join(CONSOLE_DIR, entry));
  const newest = Math.max(...sources.map(newestSourceTime));
  if (existsSync(CONSOLE_INDEX) && statSync(CONSOLE_INDEX).mtimeMs >= newest) return;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(CONSOLE_DIR, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`console build failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * The browser the console tests drive: `CHROMIUM_PATH` when set (and only it), else Debian's Chromium, else one that
 * playwright has installed. Playwright's own browser download cannot work here, so nothing is downloaded.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightChromium()];
  return candidates.find((path): path is string => path !== undefined && existsSync(path));
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * `describe` when a browser is found. Without one the suite is skipped with one clear line, like the EventStoreDB
 * and MongoDB suites, except under CI=true: there a missing browser fails the run, so CI never skips it silently.
 */
export function describeWithChromium(name: string, suite: () => void, env: NodeJS.ProcessEnv = process.env): void {
  if (findChromium(env)) {
    describe(name, suite);
  } else if (env.CI === 'true' || env.CI === '1') {
    describe(name, () => {
      it('has a Chromium to run in (CI must never skip the browser suite)', () => {
        throw new Error(`no Chromium under CI=true: ${NO_CHROMIUM_LINE}`);
      });
    });
  } else {
    // Straight to stdout, not through jest's console buffer, which a fully skipped suite does not print.
    process.stdout.write(`${NO_CHROMIUM_LINE}\n`);
    describe.skip(name, suite);
  }
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`no Chromium: ${NO_CHROMIUM_LINE}`);
  // launch() gives every run a fresh temporary profile; each context is a separate cookie/storage jar.
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

const WAIT_MS = 10_000;
const POLL_MS = 50;

/** Waits until the locator's text (whitespace collapsed) satisfies `expected`; fails with what it saw. */
export async function expectText(locator: Locator, expected: string | RegExp, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen: string | null = null;
  for (;;) {
    seen = (await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '').replace(/\s+/g, ' ').trim() : null;
    const matches = seen !== null && (typeof expected === 'string' ? seen === expected : expected.test(seen));
    if (matches) return;
    if (Date.now() > deadline) throw new Error(`expected ${String(locator)} to read ${String(expected)}, saw ${JSON.stringify(seen)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Collects uncaught errors in the page, so a test can assert that the console never threw. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

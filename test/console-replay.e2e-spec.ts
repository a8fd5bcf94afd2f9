import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { Clock, CLOCK } from '../apps/api/src/shared/clock';
import { formatSeconds } from '../apps/console/src/ui/duration';
import { describeWithChromium, ensureConsoleBuilt, expectText, launchChromium, watchPageErrors } from './support/console-browser';
import { TestServer } from './support/test-server';

/**
 * "Replay the day" in headless Chromium against the real api: yesterday two conversations waited in sales from 10:00
 * until both were assigned at 14:00, so the live board shows 0 waiting; the slider, dragged back to about noon,
 * shows the board as it was then (2 waiting). The api's clock (its CLOCK provider) reads yesterday's hours while the
 * test writes that day through the real commands, then is given back; the browser runs in UTC like the seed.
 */
jest.setTimeout(90_000);

const TENANT = 'acme';
const VIEWPORT = { width: 1360, height: 900 };
const HOUR_MS = 3_600_000;

let server: TestServer;
let browser: Browser;
let token: string;
let page: Page;
const pageErrors: string[] = [];
const contexts: BrowserContext[] = [];
const yesterday = new Date(Date.now() - 24 * HOUR_MS).toISOString().slice(0, 10);
const at = (hour: number) => Date.parse(`${yesterday}T${String(hour).padStart(2, '0')}:00:00.000Z`);

async function api<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await server.request<T>(query, variables, token);
  if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

/** Writes yesterday's story with the api's clock at each hour, then gives the clock back. */
async function seedYesterday(): Promise<void> {
  const clock = server.app.get<Clock>(CLOCK);
  const realNow = clock.now;
  const setHour = (hour: number) => (clock.now = () => new Date(at(hour)));
  try {
    setHour(9);
    for (const id of ['ana', 'ben']) {
      await api('mutation($input: RegisterAgentInput!) { registerAgent(input: $input) { id } }', { input: { id, name: id === 'ana' ? 'Ana Ruiz' : 'Ben Ortega', queueIds: ['sales'] } });
      await api('mutation($id: ID!) { setAgentStatus(agentId: $id, status: ONLINE) { id } }', { id });
    }
    setHour(10);
    const opened: string[] = [];
    for (const name of ['Carla Gómez', 'Diego Paz']) {
      const data = await api<{ openConversation: { id: string } }>('mutation($input: OpenConversationInput!) { openConversation(input: $input) { id } }', {
        input: { queueId: 'sales', channel: 'whatsapp', contact: { id: `c-${name}`, name } },
      });
      opened.push(data.openConversation.id);
    }
    setHour(14);
    for (const [index, conversationId] of opened.entries()) {
      await api('mutation($input: AssignConversationInput!) { assignConversation(input: $input) { id } }', { input: { conversationId, agentId: index === 0 ? 'ana' : 'ben' } });
    }
  } finally {
    clock.now = realNow;
  }
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
  contexts.push(context);
  const created = await context.newPage();
  pageErrors.push(...watchPageErrors(created));
  return created;
}

async function signIn(target: Page, bearer: string, hash: string): Promise<void> {
  await target.goto(`${server.baseUrl}/console/`);
  await target.getByLabel('Access token').fill(bearer);
  await target.getByRole('button', { name: 'Sign in', exact: true }).click();
  await target.locator('[data-live="connected"]').waitFor();
  await target.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await target.locator('main[data-ready="true"]').waitFor();
}

const stat = (target: Page, name: string): Locator => target.locator(`[data-queue="sales"] [data-stat="${name}"]`);
const replayedAt = async (target: Page): Promise<number> => Date.parse((await target.locator('.replay-board[aria-busy="false"]').getAttribute('data-replay-at')) ?? '');

/** Presses the mouse on the slider at one time of the day and drags it to another, as a person would. */
async function drag(target: Page, fromHour: number, toHour: number): Promise<void> {
  const slider = target.getByRole('slider', { name: 'Instant of the day' });
  const box = await slider.boundingBox();
  if (!box) throw new Error('the slider is not on screen');
  // Chromium's thumb is 16 px wide: its centre runs from 8 px to width - 8 px.
  const x = (hour: number) => box.x + 8 + ((box.width - 16) * hour) / 24;
  const y = box.y + box.height / 2;
  await target.mouse.move(x(fromHour), y);
  await target.mouse.down();
  await target.mouse.move(x(toHour), y, { steps: 8 });
  await target.mouse.up();
}

describeWithChromium('console replay of the queue board in Chromium', () => {
  beforeAll(async () => {
    ensureConsoleBuilt();
    browser = await launchChromium();
    server = await TestServer.start();
    token = await server.token('sup-1', ['SUPERVISOR'], TENANT);
    await seedYesterday();
    page = await newPage();
    await signIn(page, token, '#/queues/sales');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the live board: nobody waits in sales now', async () => {
    await expectText(stat(page, 'queued'), '0');
    await expectText(stat(page, 'assigned'), '2');
    expect(await page.locator('[data-field="replay-banner"]').count()).toBe(0);
  });

  it('dragged back to about noon yesterday, shows the board as it was: 2 waiting, waits counted to that instant', async () => {
    await page.getByLabel('Day', { exact: true }).fill(yesterday);
    await drag(page, 16, 12);
    await expectText(stat(page, 'queued'), '2');
    await expectText(stat(page, 'assigned'), '0');
    await expectText(stat(page, 'agents-online'), '2');
    const instant = await replayedAt(page);
    expect(instant).toBeGreaterThan(at(10));
    expect(instant).toBeLessThan(at(14));
    await expectText(stat(page, 'oldest-wait'), formatSeconds((instant - at(10)) / 1000));

    // The screen says it is a replay, and of which instant; the slider tells a screen reader the same.
    const banner = page.locator('[data-field="replay-banner"]');
    await expectText(banner, /^Replay ?The board as it was at .+ ?Live$/);
    const shown = await banner.locator('[data-field="replay-instant"]').textContent();
    expect(await page.getByRole('slider', { name: 'Instant of the day' }).getAttribute('aria-valuetext')).toBe(shown);
    expect(await page.locator('[data-field="replay-instant"]').getAttribute('datetime')).toBe(new Date(instant).toISOString());
    // The live lists are not shown beside a past board.
    expect(await page.locator('section[data-list="queued"]').isVisible()).toBe(false);
  });

  it('moves by the hour from the keyboard: past 14:00 both are assigned', async () => {
    const slider = page.getByRole('slider', { name: 'Instant of the day' });
    await slider.focus();
    for (let presses = 0; presses < 3; presses++) await page.keyboard.press('PageUp');
    await expectText(stat(page, 'queued'), '0');
    await expectText(stat(page, 'assigned'), '2');
    expect(await replayedAt(page)).toBeGreaterThan(at(14));
  });

  it('plays at 60× from just before the conversations came in, and they come in', async () => {
    const slider = page.getByRole('slider', { name: 'Instant of the day' });
    await slider.focus();
    await page.keyboard.press('Home');
    for (let presses = 0; presses < 9; presses++) await page.keyboard.press('PageUp');
    for (let presses = 0; presses < 59; presses++) await page.keyboard.press('ArrowRight');
    await expectText(page.locator('[data-field="replay-instant"]'), /9:59:00/);
    await expectText(stat(page, 'queued'), '0');
    await page.getByRole('button', { name: 'Play 60×' }).click();
    expect(await page.getByRole('button', { name: 'Play 60×' }).getAttribute('aria-pressed')).toBe('true');
    await expectText(stat(page, 'queued'), '2', 20_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.getByRole('button', { name: 'Play 60×' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('reads in Spanish too', async () => {
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Repetir el día' }).waitFor();
    await page.getByRole('slider', { name: 'Instante del día' }).waitFor();
    await page.getByRole('button', { name: 'En vivo' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('"Live" brings the live board back with one click', async () => {
    await page.getByRole('button', { name: 'Live', exact: true }).click();
    await page.locator('[data-field="replay-banner"]').waitFor({ state: 'detached' });
    await expectText(stat(page, 'queued'), '0');
    await expectText(stat(page, 'assigned'), '2');
    await page.locator('section[data-list="queued"]').waitFor({ state: 'visible' });
  });

  it('an analyst sees the queue screen as a replay only, and performance, but no live lists and no audit', async () => {
    const analyst = await newPage();
    await signIn(analyst, await server.token('an-1', ['ANALYST'], TENANT), '#/queues');
    await expectText(analyst.locator('[data-field="replay-banner"]'), /^Replay ?The board as it was at .+ ?Now$/);
    await expectText(stat(analyst, 'assigned'), '2');
    expect(await analyst.getByRole('button', { name: 'Live', exact: true }).count()).toBe(0);
    expect(await analyst.locator('section[data-list="queued"]').count()).toBe(0);
    const nav = analyst.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Attention queues', 'Performance']);
  });

  it('never threw in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

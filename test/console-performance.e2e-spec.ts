import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeWithChromium, ensureConsoleBuilt, expectText, launchChromium, watchPageErrors } from './support/console-browser';
import { TestServer } from './support/test-server';

/**
 * The performance screen's analyst views in headless Chromium against the real api: queue service level, the
 * transfer-flow heat map (a→b, b→a ping-pong, a→b for another reason) and the export downloads, for an ANALYST.
 */
jest.setTimeout(90_000);

const TENANT = 'acme';
const VIEWPORT = { width: 1360, height: 900 };

let server: TestServer;
let browser: Browser;
let supervisorToken: string;
let page: Page;
const pageErrors: string[] = [];
const contexts: BrowserContext[] = [];

async function api<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await server.request<T>(query, variables, supervisorToken);
  if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

async function transfer(conversationId: string, toAgentId: string, reasonId: string): Promise<void> {
  await api('mutation($input: TransferConversationInput!) { transferConversation(input: $input) { id } }', { input: { conversationId, toAgentId, reasonId } });
}

/** Three conversations answered at once in sales; one goes ana → ben → ana (billing), another ana → ben (tech). */
async function seed(): Promise<void> {
  for (const [id, name] of [['ana', 'Ana Ruiz'], ['ben', 'Ben Ortega']]) {
    await api('mutation($input: RegisterAgentInput!) { registerAgent(input: $input) { id } }', { input: { id, name, queueIds: ['sales'] } });
  }
  for (const [id, name] of [['billing', 'Billing'], ['tech', 'Technical']]) {
    await api('mutation($input: DefineTransferReasonInput!) { defineTransferReason(input: $input) { id } }', { input: { id, name } });
  }
  const ids: string[] = [];
  for (const name of ['Carla', 'Diego', 'Elena']) {
    const data = await api<{ openConversation: { id: string } }>('mutation($input: OpenConversationInput!) { openConversation(input: $input) { id } }', {
      input: { queueId: 'sales', channel: 'whatsapp', contact: { id: `c-${name}`, name } },
    });
    ids.push(data.openConversation.id);
    await api('mutation($input: AssignConversationInput!) { assignConversation(input: $input) { id } }', { input: { conversationId: data.openConversation.id, agentId: 'ana' } });
  }
  await transfer(ids[0], 'ben', 'billing');
  await transfer(ids[0], 'ana', 'billing');
  await transfer(ids[1], 'ben', 'tech');
}

const flowCell = (from: string, to: string): Locator => page.locator(`.flow-matrix [data-flow="${from}>${to}"]`);
const headline = (field: string): Locator => page.locator(`[data-section="transfer-flow"] [data-field="${field}"]`);

describeWithChromium('console performance screen (analyst views) in Chromium', () => {
  beforeAll(async () => {
    ensureConsoleBuilt();
    browser = await launchChromium();
    server = await TestServer.start();
    supervisorToken = await server.token('sup-1', ['SUPERVISOR'], TENANT);
    await seed();
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', acceptDownloads: true });
    contexts.push(context);
    page = await context.newPage();
    pageErrors.push(...watchPageErrors(page));
    await page.goto(`${server.baseUrl}/console/`);
    await page.getByLabel('Access token').fill(await server.token('an-1', ['ANALYST'], TENANT));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.locator('[data-live="connected"]').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Performance' }).click();
    await page.locator('main[data-ready="true"]').waitFor();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it("shows each queue's service level and what made it", async () => {
    const sales = page.locator('tr[data-queue-performance="sales"]');
    await expectText(sales.locator('[data-field="service-level"]'), '100%');
    await expectText(sales.locator('[data-field="answered"]'), '3');
    await expectText(sales.locator('[data-field="abandoned"]'), '0');
  });

  it('shows the transfer headline figures and who transfers to whom, for every reason or one', async () => {
    await expectText(headline('transfers'), '3');
    await expectText(headline('conversations'), '2');
    await expectText(headline('retransfers'), '1');
    await expectText(headline('ping-pong'), '1');
    await expectText(flowCell('ana', 'ben'), '2');
    await expectText(flowCell('ben', 'ana'), '1');
    expect(await flowCell('ana', 'ben').getAttribute('title')).toBe('Ana Ruiz → Ben Ortega: 2');
    await page.getByLabel('Reason').selectOption({ label: 'Technical (1)' });
    await expectText(flowCell('ana', 'ben'), '1');
    expect(await flowCell('ben', 'ana').count()).toBe(0);
  });

  it("downloads the transfers as CSV under the server's file name", async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download transfers' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^transfers-\d{8}T\d{6}Z-\d{8}T\d{6}Z\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    // A header row and one row per transfer.
    expect(text.split(/\r?\n/).filter(Boolean)).toHaveLength(4);
    await expectText(page.locator('[data-field="export-saved"]'), `Saved ${download.suggestedFilename()}.`);
  });

  it("shows the server's message when it refuses an export", async () => {
    await page.getByLabel('From').fill('2020-01-01T00:00');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByRole('button', { name: 'Download agent performance' }).click();
    await expectText(page.locator('[data-field="export-refused"]'), /^The server refused the download: .*366 days/);
  });

  it('never threw in the page', () => {
    // The refused export's 400 is the one error the browser itself reports.
    expect(pageErrors.filter((error) => !/status of 400/.test(error))).toEqual([]);
  });
});

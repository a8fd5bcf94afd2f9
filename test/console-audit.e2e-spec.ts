import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeWithChromium, ensureConsoleBuilt, expectText, launchChromium, watchPageErrors } from './support/console-browser';
import { TestServer } from './support/test-server';

/**
 * The audit screen in headless Chromium against the real api: an auditor searches the log by agent and event type,
 * pages through it, reads an entry's hash and verifies the chains; an admin forgets a contact after confirming.
 */
jest.setTimeout(90_000);

const TENANT = 'acme';
const VIEWPORT = { width: 1360, height: 900 };
/** More events than one page of the audit screen (50), so "Load more" has a second page to fetch. */
const EXTRA_CONVERSATIONS = 50;

let server: TestServer;
let browser: Browser;
let supervisorToken: string;
let auditor: Page;
const pageErrors: string[] = [];
const contexts: BrowserContext[] = [];

async function api<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await server.request<T>(query, variables, supervisorToken);
  if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

async function open(contactId: string, name: string): Promise<string> {
  const data = await api<{ openConversation: { id: string } }>('mutation($input: OpenConversationInput!) { openConversation(input: $input) { id } }', {
    input: { queueId: 'sales', channel: 'whatsapp', contact: { id: contactId, name } },
  });
  return data.openConversation.id;
}

async function seed(): Promise<void> {
  for (const [id, name] of [['ana', 'Ana Ruiz'], ['ben', 'Ben Ortega']]) {
    await api('mutation($input: RegisterAgentInput!) { registerAgent(input: $input) { id } }', { input: { id, name, queueIds: ['sales'] } });
  }
  await api('mutation { defineTransferReason(input: { id: "billing", name: "Billing" }) { id } }');
  for (let index = 0; index < EXTRA_CONVERSATIONS; index++) await open(`c-${index}`, `Contact ${index}`);
  const carla = await open('c-carla', 'Carla Gómez');
  await api('mutation($input: AssignConversationInput!) { assignConversation(input: $input) { id } }', { input: { conversationId: carla, agentId: 'ana' } });
  await api('mutation($input: TransferConversationInput!) { transferConversation(input: $input) { id } }', {
    input: { conversationId: carla, toAgentId: 'ben', reasonId: 'billing', note: 'asks for invoice A' },
  });
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  contexts.push(context);
  const page = await context.newPage();
  pageErrors.push(...watchPageErrors(page));
  return page;
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.goto(`${server.baseUrl}/console/`);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.locator('[data-live="connected"]').waitFor();
  await page.evaluate("location.hash = '#/audit'");
  await page.locator('main[data-ready="true"]').waitFor();
}

const rows = (page: Page): Locator => page.locator('section[data-section="audit-results"] tbody tr');
const searchForm = (): Locator => auditor.locator('form[data-form="audit-search"]');
const search = {
  fill: async (label: string, value: string) => searchForm().getByLabel(label, { exact: true }).fill(value),
  submit: async () => searchForm().getByRole('button', { name: 'Search' }).click(),
};

describeWithChromium('console audit screen in Chromium', () => {
  beforeAll(async () => {
    ensureConsoleBuilt();
    browser = await launchChromium();
    server = await TestServer.start();
    supervisorToken = await server.token('sup-1', ['SUPERVISOR'], TENANT);
    await seed();
    auditor = await newPage();
    await signIn(auditor, await server.token('aud-1', ['AUDITOR'], TENANT));
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('lists the log newest first, a page at a time', async () => {
    await expectText(auditor.locator('[data-field="audit-shown"]'), 'Shown: 50.');
    // The transfer (with the agent-stream events it caused) was the last thing written.
    const recent = await rows(auditor).evaluateAll((found) => found.slice(0, 5).map((row) => row.getAttribute('data-event')));
    expect(recent).toContain('ConversationTransferred');
    const positions = await rows(auditor).evaluateAll((found) => found.map((row) => BigInt(row.getAttribute('data-position') ?? '0')));
    expect(positions.every((position, index) => index === 0 || position < positions[index - 1])).toBe(true);
    await auditor.getByRole('button', { name: 'Load more' }).click();
    await expectText(auditor.locator('[data-field="audit-shown"]'), /^Shown: (5[1-9]|[6-9]\d|\d{3})\.$/);
  });

  it('finds the transfer that concerned Ben, with its reason, note and hash', async () => {
    await search.fill('Agent concerned', 'ben');
    await auditor.getByRole('checkbox', { name: 'Transferred' }).check();
    await search.submit();
    await expectText(auditor.locator('[data-field="audit-shown"]'), 'Shown: 1.');
    const row = rows(auditor).first();
    expect(await row.getAttribute('data-event')).toBe('ConversationTransferred');
    await expectText(row.locator('td').nth(3), /ana → ben ?Reason: Billing ?Note: asks for invoice A/);
    const summary = row.locator('details.hash summary');
    const full = (await summary.getAttribute('title')) ?? '';
    expect(full).toMatch(/^[0-9a-f]{64}$/);
    await expectText(summary.locator('[data-field="hash"]'), `${full.slice(0, 12)}…`);
    await summary.focus();
    await auditor.keyboard.press('Enter');
    await expectText(row.locator('.hash-full dd').first(), full);
  });

  it('says so when nothing matches', async () => {
    await search.fill('Actor (user id, or system)', 'nobody');
    await search.submit();
    await expectText(auditor.locator('section[data-section="audit-results"] .empty'), 'No event matches.');
  });

  it('verifies the hash chains and shows the report', async () => {
    await auditor.getByRole('button', { name: 'Verify' }).click();
    await expectText(auditor.locator('[data-field="integrity-report"] strong'), 'Verified: every hash matches its event and its predecessor.');
    expect(Number(await auditor.locator('[data-field="integrity-report"] [data-field="events"]').textContent())).toBeGreaterThan(EXTRA_CONVERSATIONS);
  });

  it('offers no erasure to an auditor', async () => {
    expect(await auditor.locator('[data-section="forget-contact"]').count()).toBe(0);
  });

  it('lets an admin forget a contact only after a confirmation that it cannot be undone', async () => {
    const admin = await newPage();
    await signIn(admin, await server.token('adm-1', ['ADMIN'], TENANT));
    const section = admin.locator('[data-section="forget-contact"]');
    await section.getByLabel('Contact id').fill('c-carla');
    await section.getByRole('button', { name: 'Forget this contact…' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Forget contact c-carla?' });
    await expectText(dialog.locator('[role="alert"]'), 'This cannot be undone: the name and notes become unreadable everywhere, for good.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByRole('button', { name: 'Forget this contact…' }).click();
    await dialog.getByRole('button', { name: 'Forget for good' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(section.locator('[data-field="erasure-report"]'), /^Contact c-carla forgotten at .+\. Conversations whose personal data is now unreadable: 1\.$/);
  });

  it('never threw in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

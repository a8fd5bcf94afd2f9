import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeWithChromium, ensureConsoleBuilt, expectText, launchChromium, watchPageErrors } from './support/console-browser';
import { TestServer } from './support/test-server';

/**
 * Routing in the console, in headless Chromium against the real api: a supervisor sets an agent's capacity and
 * switches a queue to AUTO from the console, then watches live while the agent, in its own browser context,
 * is offered a conversation and accepts it. The tests run in order and share that story.
 */
jest.setTimeout(60_000);

const TENANT = 'acme';
const VIEWPORT = { width: 1360, height: 860 };
/** Long enough that the offer cannot expire while the test looks at it. */
const OFFER_TIMEOUT_SECONDS = 120;

const OPEN = `mutation($input: OpenConversationInput!) { openConversation(input: $input) { id } }`;
const TRAIL = `query($id: ID!) { auditTrail(conversationId: $id) { type actor { role } } }`;

let server: TestServer;
let browser: Browser;
let supervisorToken: string;
let supervisor: Page;
let agent: Page;
const pageErrors: string[] = [];
const contexts: BrowserContext[] = [];

async function api<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await server.request<T>(query, variables, supervisorToken);
  if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  contexts.push(context);
  const page = await context.newPage();
  pageErrors.push(...watchPageErrors(page));
  return page;
}

async function signIn(page: Page, token: string, hash = ''): Promise<void> {
  await page.goto(`${server.baseUrl}/console/`);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await live(page);
  if (hash) {
    await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
    await live(page);
  }
}

/** The screen has its snapshot and the socket is up, so any later change reaches it as a push. */
async function live(page: Page): Promise<void> {
  await page.locator('[data-live="connected"]').waitFor();
  await page.locator('main[data-ready="true"]').waitFor();
}

const stat = (queueId: string, name: string): Locator => supervisor.locator(`[data-queue="${queueId}"] [data-stat="${name}"]`);
const anaCapacity = (): Locator => supervisor.locator('[data-agent="ana"] [data-stat="capacity"]');
const offerCard = (name: string): Locator => agent.locator('.offer-card', { hasText: name });

describeWithChromium('console routing in Chromium', () => {
  beforeAll(async () => {
    ensureConsoleBuilt();
    browser = await launchChromium();
    server = await TestServer.start();
    supervisorToken = await server.token('sup-1', ['SUPERVISOR'], TENANT);
    await api('mutation($input: RegisterAgentInput!) { registerAgent(input: $input) { id } }', { input: { id: 'ana', name: 'Ana Ruiz', queueIds: ['sales'] } });
    await api('mutation { setAgentStatus(agentId: "ana", status: ONLINE) { id } }');
    supervisor = await newPage();
    agent = await newPage();
    await signIn(supervisor, supervisorToken, '#/queues/sales');
    await signIn(agent, await server.token('ana', ['AGENT'], TENANT));
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it("sets the agent's capacity in the capacity editor and shows its load against it", async () => {
    await expectText(anaCapacity(), '0 / ∞');
    await supervisor.getByRole('button', { name: 'Capacity of Ana Ruiz' }).click();
    const dialog = supervisor.getByRole('dialog', { name: 'Capacity of Ana Ruiz' });
    await dialog.getByLabel('Most conversations at once').fill('101');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expectText(dialog.locator('.field-error'), 'Enter a whole number from 0 to 100.');
    await dialog.getByLabel('Most conversations at once').fill('3');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(anaCapacity(), '0 / 3');
  });

  it('configures the queue as AUTO in the queue settings screen, with the contract limits checked', async () => {
    await supervisor.getByRole('link', { name: 'Queue settings' }).click();
    await live(supervisor);
    const form = supervisor.locator('form[data-form="queue-settings"]');
    await form.getByLabel('Queue id').fill('sales');
    await form.getByRole('radio', { name: /^Auto/ }).check();
    await form.getByLabel('Offer timeout (seconds)').fill('0');
    await form.getByRole('button', { name: 'Save' }).click();
    await expectText(form.locator('.field-error'), 'Enter a whole number from 1 to 3,600.');
    await form.getByLabel('Offer timeout (seconds)').fill(String(OFFER_TIMEOUT_SECONDS));
    await form.getByRole('button', { name: 'Save' }).click();
    await expectText(supervisor.getByTestId('announcement'), 'Settings of sales saved.');
    await expectText(supervisor.locator('tr[data-queue-settings="sales"] [data-field="routing"]'), 'Auto');
    await supervisor.evaluate("location.hash = '#/queues/sales'");
    await live(supervisor);
  });

  it('an agent accepts an offer in the console while a supervisor watches it become ASSIGNED live', async () => {
    const { openConversation } = await api<{ openConversation: { id: string } }>(OPEN, {
      input: { queueId: 'sales', channel: 'whatsapp', contact: { id: 'c-carla', name: 'Carla Gómez' } },
    });

    // The agent is offered it, told so by its screen reader, with a countdown to the offer's expiry.
    const card = offerCard('Carla Gómez');
    await expectText(card.locator('.offer-title'), 'Offered to you: Carla Gómez');
    await expectText(card, /Queue sales · whatsapp/);
    await expectText(card.locator('[data-field="countdown"]'), /^(2:00|1:[0-5]\d)$/);
    await expectText(agent.getByTestId('offer-announcement'), /^New conversation offered: Carla Gómez in sales\. Accept or decline within \d+ seconds\.$/);
    expect(await agent.getByTestId('offer-announcement').getAttribute('role')).toBe('alert');

    // The supervisor sees it OFFERED to Ana, counted on the queue card and in Ana's load.
    const offeredRow = supervisor.locator('section[data-list="offered"] tr', { hasText: 'Carla Gómez' });
    await expectText(offeredRow.locator('[data-field="offered-to"]'), 'Ana Ruiz');
    await expectText(offeredRow.locator('.badge'), 'Offered');
    await expectText(stat('sales', 'offered'), '1');
    await expectText(stat('sales', 'routing'), 'Auto');
    await expectText(anaCapacity(), '1 / 3');

    // The offer reads in Spanish too.
    await agent.getByRole('button', { name: 'Español' }).click();
    await expectText(card.locator('.offer-title'), 'Ofrecida a usted: Carla Gómez');
    await card.getByRole('button', { name: 'Aceptar' }).waitFor();
    await card.getByRole('button', { name: 'Rechazar' }).waitFor();
    await agent.getByRole('button', { name: 'English' }).click();

    // Accept from the keyboard: Tab reaches the button, which shows its focus, and Enter presses it.
    await agent.evaluate('document.activeElement?.blur()');
    let focused = '';
    for (let presses = 0; presses < 40 && focused !== 'Accept true'; presses++) {
      await agent.keyboard.press('Tab');
      focused = await agent.evaluate("(document.activeElement?.textContent ?? '') + ' ' + !!document.activeElement?.matches('.offer-card button:focus-visible')");
    }
    expect(focused).toBe('Accept true');
    await agent.keyboard.press('Enter');

    await card.waitFor({ state: 'detached' });
    await agent.locator('section[data-list="assigned"] tr', { hasText: 'Carla Gómez' }).waitFor();
    await expectText(agent.getByTestId('announcement'), 'Carla Gómez accepted: it is yours now.');

    // The supervisor's board shows it ASSIGNED to Ana without a reload.
    const assignedRow = supervisor.locator('section[data-list="assigned"] tr', { hasText: 'Carla Gómez' });
    await expectText(assignedRow.locator('[data-field="assignee"]'), 'Ana Ruiz');
    await expectText(assignedRow.locator('.badge'), 'Assigned');
    await expectText(stat('sales', 'offered'), '0');
    await expectText(stat('sales', 'assigned'), '1');
    await expectText(anaCapacity(), '1 / 3');
    expect(await supervisor.locator('section[data-list="offered"] tr', { hasText: 'Carla Gómez' }).count()).toBe(0);

    const { auditTrail } = await api<{ auditTrail: Array<{ type: string; actor: { role: string } }> }>(TRAIL, { id: openConversation.id });
    expect(auditTrail.map((entry) => entry.type)).toEqual(['ConversationOpened', 'ConversationOffered', 'ConversationAssigned']);
    expect(auditTrail.map((entry) => entry.actor.role)).toEqual(['SUPERVISOR', 'SYSTEM', 'AGENT']);
  });

  it('an agent declines an offer with a note from the decline dialog', async () => {
    const { openConversation } = await api<{ openConversation: { id: string } }>(OPEN, {
      input: { queueId: 'sales', channel: 'web', contact: { id: 'c-diego', name: 'Diego Paz' } },
    });
    await offerCard('Diego Paz').getByRole('button', { name: 'Decline' }).click();
    const dialog = agent.getByRole('dialog', { name: 'Decline Diego Paz' });
    await dialog.getByLabel('Note (optional)').fill('On a long call');
    await dialog.getByRole('button', { name: 'Decline', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(agent.getByTestId('announcement'), 'Diego Paz declined: it is back in the queue.');
    const { auditTrail } = await api<{ auditTrail: Array<{ type: string }> }>(TRAIL, { id: openConversation.id });
    expect(auditTrail.map((entry) => entry.type).slice(0, 3)).toEqual(['ConversationOpened', 'ConversationOffered', 'ConversationOfferDeclined']);
  });

  it('threw no errors in either page', () => {
    expect(pageErrors).toEqual([]);
  });
});

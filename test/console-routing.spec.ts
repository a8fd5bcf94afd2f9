import { capacityValuesOf, validateCapacity } from '../apps/console/src/routing/capacity-form';
import { formatCountdown, secondsUntil } from '../apps/console/src/routing/countdown';
import { atCapacity, loadLabel } from '../apps/console/src/routing/load';
import { applyOfferChange } from '../apps/console/src/routing/offered-list';
import { validateQueueSettings, valuesOf } from '../apps/console/src/routing/queue-settings-form';
import { OfferedConversation, QueueSettings } from '../apps/console/src/routing/types';

/** The console's routing logic (pure): countdowns, load labels, the settings and capacity forms, the offer list. */
describe('console routing: countdown', () => {
  const now = Date.parse('2026-01-01T10:00:00.000Z');

  it('counts whole seconds up to the expiry, rounding down, never below zero', () => {
    expect(secondsUntil('2026-01-01T10:00:30.000Z', now)).toBe(30);
    expect(secondsUntil('2026-01-01T10:02:00.900Z', now)).toBe(120);
    expect(secondsUntil('2026-01-01T10:00:00.400Z', now)).toBe(0);
    expect(secondsUntil('2026-01-01T09:59:50.000Z', now)).toBe(0);
  });

  it('reads like a clock', () => {
    expect(formatCountdown(7)).toBe('0:07');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(3600)).toBe('1:00:00');
    expect(formatCountdown(-3)).toBe('0:00');
  });
});

describe('console routing: load against capacity', () => {
  it('counts offered and assigned against the limit', () => {
    expect(loadLabel({ activeConversations: 1, pendingOffers: 1, maxConversations: 3 })).toBe('2 / 3');
    expect(atCapacity({ activeConversations: 2, pendingOffers: 1, maxConversations: 3 })).toBe(true);
  });

  it('shows no limit as ∞, never at capacity', () => {
    expect(loadLabel({ activeConversations: 2, pendingOffers: 0, maxConversations: null })).toBe('2 / ∞');
    expect(atCapacity({ activeConversations: 50, pendingOffers: 0, maxConversations: null })).toBe(false);
  });

  it('is at capacity with a limit of 0', () => {
    expect(atCapacity({ activeConversations: 0, pendingOffers: 0, maxConversations: 0 })).toBe(true);
  });
});

describe('console routing: queue settings form', () => {
  const blank = valuesOf(null);

  it('starts from the defaults of a queue never configured', () => {
    expect(blank).toEqual({ queueId: '', name: '', routing: 'MANUAL', offerTimeoutSeconds: '30', maxWaitSeconds: '', returnAfterSeconds: '', serviceLevelSeconds: '60' });
  });

  it('gives the configureQueue input: empty targets are none, empty timeouts the defaults', () => {
    const { input, errors } = validateQueueSettings({ ...blank, queueId: ' sales ', routing: 'AUTO', offerTimeoutSeconds: '', serviceLevelSeconds: '', maxWaitSeconds: '120' });
    expect(errors).toEqual({});
    expect(input).toEqual({ queueId: 'sales', name: undefined, routing: 'AUTO', offerTimeoutSeconds: 30, maxWaitSeconds: 120, returnAfterSeconds: null, serviceLevelSeconds: 60 });
  });

  it('refuses values outside the contract limits, each on its field, and gives no input', () => {
    const { input, errors } = validateQueueSettings({
      ...blank,
      queueId: '  ',
      name: 'x'.repeat(201),
      offerTimeoutSeconds: '3601',
      maxWaitSeconds: '0',
      returnAfterSeconds: '1.5',
      serviceLevelSeconds: '604801',
    });
    expect(input).toBeNull();
    expect(errors).toEqual({
      queueId: { key: 'errRequired' },
      name: { key: 'errTooLong', params: { max: 200 } },
      offerTimeoutSeconds: { key: 'errWholeNumber', params: { min: 1, max: 3600 } },
      maxWaitSeconds: { key: 'errWholeNumber', params: { min: 1, max: 604800 } },
      returnAfterSeconds: { key: 'errWholeNumber', params: { min: 1, max: 604800 } },
      serviceLevelSeconds: { key: 'errWholeNumber', params: { min: 1, max: 604800 } },
    });
  });

  it('accepts the limits themselves', () => {
    const edges = { ...blank, queueId: 'q', name: 'ñ'.repeat(200), offerTimeoutSeconds: '3600', maxWaitSeconds: '1', returnAfterSeconds: '604800', serviceLevelSeconds: '1' };
    expect(validateQueueSettings(edges).errors).toEqual({});
  });

  it('fills the form from saved settings', () => {
    const saved: QueueSettings = { queueId: 'sales', name: 'Sales', routing: 'AUTO', offerTimeoutSeconds: 5, maxWaitSeconds: null, returnAfterSeconds: 90, serviceLevelSeconds: 60 };
    expect(valuesOf(saved)).toEqual({ queueId: 'sales', name: 'Sales', routing: 'AUTO', offerTimeoutSeconds: '5', maxWaitSeconds: '', returnAfterSeconds: '90', serviceLevelSeconds: '60' });
  });
});

describe('console routing: capacity form', () => {
  it('gives the setAgentCapacity input; an empty total is no limit', () => {
    expect(validateCapacity('ana', { maxConversations: '', channelLimits: [{ channel: ' whatsapp ', max: '2' }] })).toEqual({
      input: { agentId: 'ana', maxConversations: null, channelLimits: [{ channel: 'whatsapp', max: 2 }] },
      errors: { maxConversations: undefined, rows: [{}] },
    });
  });

  it('refuses a total past 100, a channel twice, a row without a channel or a limit', () => {
    const { input, errors } = validateCapacity('ana', {
      maxConversations: '101',
      channelLimits: [
        { channel: 'web', max: '1' },
        { channel: 'web', max: '2' },
        { channel: '', max: '' },
      ],
    });
    expect(input).toBeNull();
    expect(errors.maxConversations).toEqual({ key: 'errWholeNumber', params: { min: 0, max: 100 } });
    expect(errors.rows).toEqual([{}, { channel: { key: 'errChannelDuplicate' } }, { channel: { key: 'errRequired' }, max: { key: 'errRequired' } }]);
  });

  it('refuses more than 20 channel limits', () => {
    const channelLimits = Array.from({ length: 21 }, (_, index) => ({ channel: `c${index}`, max: '1' }));
    expect(validateCapacity('ana', { maxConversations: '3', channelLimits }).errors.channelLimits).toEqual({ key: 'errTooManyChannels', params: { max: 20 } });
  });

  it('fills the form from the agent', () => {
    const agent = { id: 'ana', name: 'Ana', activeConversations: 0, pendingOffers: 0, spareCapacity: 3, idleSince: null, maxConversations: 3, channelLimits: [{ channel: 'web', max: 1 }] };
    expect(capacityValuesOf(agent)).toEqual({ maxConversations: '3', channelLimits: [{ channel: 'web', max: '1' }] });
  });
});

describe('console routing: pending offers', () => {
  const offer = (id: string, agentId: string, expiresAt: string, overrides: Partial<OfferedConversation> = {}): OfferedConversation => ({
    id,
    queueId: 'sales',
    channel: 'web',
    contact: null,
    status: 'OFFERED',
    assignee: null,
    openedAt: '2026-01-01T10:00:00Z',
    waitingSince: '2026-01-01T10:00:00Z',
    assignedAt: null,
    closedAt: null,
    transferCount: 0,
    lastTransfer: null,
    version: 2,
    offer: { agent: { id: agentId, name: agentId }, offeredAt: '2026-01-01T10:00:01Z', expiresAt },
    ...overrides,
  });
  const mine = (conversation: OfferedConversation) => conversation.offer?.agent.id === 'ana';

  it('adds offers to me, soonest expiry first, and ignores offers to others', () => {
    let list = applyOfferChange([], offer('b', 'ana', '2026-01-01T10:00:40Z'), mine);
    list = applyOfferChange(list, offer('a', 'ana', '2026-01-01T10:00:20Z'), mine);
    list = applyOfferChange(list, offer('c', 'ben', '2026-01-01T10:00:10Z'), mine);
    expect(list.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('drops an offer once accepted, declined or expired, but not for an older push', () => {
    const list = [offer('a', 'ana', '2026-01-01T10:00:20Z', { version: 3 })];
    expect(applyOfferChange(list, offer('a', 'ana', '2026-01-01T10:00:20Z', { version: 2, status: 'QUEUED', offer: null }), mine)).toHaveLength(1);
    expect(applyOfferChange(list, offer('a', 'ana', '2026-01-01T10:00:20Z', { version: 4, status: 'ASSIGNED', offer: null }), mine)).toEqual([]);
  });
});

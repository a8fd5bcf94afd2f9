import { BadInput } from './errors';
import { checkActivityKind, checkChannelLimits, checkInstant, checkMaxConversations, checkOptionalIntegerIn, checkRoutingMode, ROUTING_LIMITS } from './routing-input-limits';
import { expectThrows } from '../testing/decider-spec';

const field = 'input.offerTimeoutSeconds';

describe('routing input limits', () => {
  it('accepts seconds at both ends of the range, and none', () => {
    expect(checkOptionalIntegerIn(field, 1, 1, ROUTING_LIMITS.offerTimeoutSeconds)).toBe(1);
    expect(checkOptionalIntegerIn(field, 3600, 1, ROUTING_LIMITS.offerTimeoutSeconds)).toBe(3600);
    expect(checkOptionalIntegerIn(field, null, 1, ROUTING_LIMITS.offerTimeoutSeconds)).toBeUndefined();
  });

  it.each([0, 3601, 1.5, '30'])('refuses %p seconds, naming the field', (value) => {
    expectThrows(() => checkOptionalIntegerIn(field, value, 1, ROUTING_LIMITS.offerTimeoutSeconds), BadInput, field);
  });

  it('takes maxConversations 0–100 or null', () => {
    expect(checkMaxConversations('input.maxConversations', 0)).toBe(0);
    expect(checkMaxConversations('input.maxConversations', null)).toBeNull();
    expectThrows(() => checkMaxConversations('input.maxConversations', 101), BadInput, 'input.maxConversations');
    expectThrows(() => checkMaxConversations('input.maxConversations', -1), BadInput, 'input.maxConversations');
  });

  it('takes channel limits, none when omitted', () => {
    expect(checkChannelLimits('input.channelLimits', undefined)).toEqual([]);
    expect(checkChannelLimits('input.channelLimits', [{ channel: 'whatsapp', max: 1 }])).toEqual([{ channel: 'whatsapp', max: 1 }]);
  });

  it('refuses more than 20 channel limits', () => {
    const limits = Array.from({ length: 21 }, (_, i) => ({ channel: `c${i}`, max: 1 }));
    expectThrows(() => checkChannelLimits('input.channelLimits', limits), BadInput, 'input.channelLimits');
  });

  it('refuses a channel named twice, naming the second', () => {
    expectThrows(() => checkChannelLimits('input.channelLimits', [{ channel: 'chat', max: 1 }, { channel: 'chat', max: 2 }]), BadInput, 'input.channelLimits.1.channel');
  });

  it.each([-1, 101])('refuses a channel max of %p', (max) => {
    expectThrows(() => checkChannelLimits('input.channelLimits', [{ channel: 'chat', max }]), BadInput, 'input.channelLimits.0.max');
  });

  it('refuses a blank channel', () => {
    expectThrows(() => checkChannelLimits('input.channelLimits', [{ channel: ' ', max: 1 }]), BadInput, 'input.channelLimits.0.channel');
  });

  it('knows the routing modes and activity kinds', () => {
    expect(checkRoutingMode('input.routing', 'AUTO')).toBe('AUTO');
    expectThrows(() => checkRoutingMode('input.routing', 'SOMETIMES'), BadInput, 'input.routing');
    expect(checkActivityKind('input.kind', 'CONTACT_MESSAGED')).toBe('CONTACT_MESSAGED');
    expectThrows(() => checkActivityKind('input.kind', 'TYPING'), BadInput, 'input.kind');
  });

  it('takes instants with a time zone only', () => {
    expect(checkInstant('payload.expiresAt', '2026-12-01T10:00:00+01:00')).toBe('2026-12-01T09:00:00.000Z');
    expectThrows(() => checkInstant('payload.expiresAt', '2026-12-01T10:00:00'), BadInput, 'payload.expiresAt');
  });
});

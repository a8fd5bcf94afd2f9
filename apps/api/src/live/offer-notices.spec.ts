import { ConversationDocument } from '@handoff/projections';
import { offersTo } from './offer-notices';

const base = { tenantId: 'acme', id: 'c1', status: 'QUEUED', offer: null } as unknown as ConversationDocument;
const offeredTo = (agentId: string, version: number, id = 'c1'): ConversationDocument =>
  ({ ...base, id, status: 'OFFERED', offer: { agentId, offeredAt: 't', expiresAt: 't', version }, version });

describe('offer notices', () => {
  it('tells an agent of each offer made to it once, however often the conversation changes while it is pending', () => {
    const accepts = offersTo('a');

    expect([accepts(offeredTo('a', 2)), accepts({ ...offeredTo('a', 2), version: 3 }), accepts(offeredTo('a', 2, 'c2'))]).toEqual([true, false, true]);
  });

  it('tells it of a new offer of the same conversation after the last one ended', () => {
    const accepts = offersTo('a');
    accepts(offeredTo('a', 2));

    expect([accepts({ ...base, version: 3 }), accepts(offeredTo('a', 4))]).toEqual([false, true]);
  });

  it('never tells it of offers to other agents', () => {
    expect(offersTo('a')(offeredTo('b', 2))).toBe(false);
  });
});

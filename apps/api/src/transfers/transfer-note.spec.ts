import { Actor, Role } from '@handoff/domain';
import { TransferDocument } from '@handoff/projections';
import { noteFor, transferOfConversation } from './transfer-note';

const caller = (id: string, ...roles: Role[]): Actor => ({ id, tenantId: 't', roles });
const transfer: TransferDocument = {
  id: 'e1', conversationId: 'c1', fromAgentId: 'ana', toAgentId: 'bruno', reasonId: 'billing', reasonName: 'Billing',
  note: 'private', actorId: 'ana', actorRole: 'AGENT', at: '2026-01-01T00:00:00.000Z', position: '1',
};

describe('noteFor', () => {
  const lookups: string[] = [];
  const holder = (id: string | null) => async (conversationId: string) => {
    lookups.push(conversationId);
    return id;
  };
  beforeEach(() => lookups.splice(0));

  it('reads the note for a party without looking the holder up', async () => {
    expect(await noteFor(caller('bruno', 'AGENT'), transfer, holder(null))).toBe('private');
    expect(lookups).toEqual([]);
  });

  it('looks the holder up for another agent, and shows it the note only when it holds the conversation', async () => {
    expect(await noteFor(caller('carla', 'AGENT'), transfer, holder('carla'))).toBe('private');
    expect(await noteFor(caller('dora', 'AGENT'), transfer, holder('carla'))).toBeNull();
    expect(lookups).toEqual(['c1', 'c1']);
  });

  it('uses the holder lastTransfer already knows', async () => {
    const view = transferOfConversation({ assigneeId: 'carla', lastTransfer: transfer });
    expect(view && (await noteFor(caller('carla', 'AGENT'), view, holder(null)))).toBe('private');
    expect(view && (await noteFor(caller('dora', 'AGENT'), view, holder('dora')))).toBeNull();
    expect(lookups).toEqual([]);
  });
});

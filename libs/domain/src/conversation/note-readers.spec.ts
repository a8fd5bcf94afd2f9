import { Actor, Role } from '../shared/actor';
import { mayReadNote } from './note-readers';

const caller = (id: string, ...roles: Role[]): Actor => ({ id, tenantId: 't', roles });
const transfer = { fromAgentId: 'ana', toAgentId: 'bruno', currentAssigneeId: 'carla' };

describe('mayReadNote', () => {
  it.each(['ana', 'bruno', 'carla'])('lets the agent %s, a party to the note, read it', (id) => {
    expect(mayReadNote(caller(id, 'AGENT'), transfer)).toBe(true);
  });

  it('hides the note from an uninvolved agent', () => {
    expect(mayReadNote(caller('dora', 'AGENT'), transfer)).toBe(false);
  });

  it.each<Role>(['SUPERVISOR', 'ADMIN', 'ANALYST', 'AUDITOR'])('lets a %s read every note', (role) => {
    expect(mayReadNote(caller('someone', role), transfer)).toBe(true);
  });

  it('hides notes from an integration, even one whose id names a party', () => {
    expect(mayReadNote(caller('ana', 'INTEGRATION'), transfer)).toBe(false);
  });

  it('reads an unassign (or decline) note by the agent it came from only', () => {
    const unassign = { fromAgentId: 'ana' };
    expect(mayReadNote(caller('ana', 'AGENT'), unassign)).toBe(true);
    expect(mayReadNote(caller('bruno', 'AGENT'), unassign)).toBe(false);
  });

  it('treats an unknown current assignee as nobody', () => {
    expect(mayReadNote(caller('carla', 'AGENT'), { fromAgentId: 'ana', toAgentId: 'bruno' })).toBe(false);
    expect(mayReadNote(caller('carla', 'AGENT'), { fromAgentId: 'ana', toAgentId: null, currentAssigneeId: null })).toBe(false);
  });
});

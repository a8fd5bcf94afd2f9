import { Actor, Role } from '../shared/actor';
import { fold } from '../shared/decider';
import { Forbidden, InvalidState, NotFound } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { AgentCommand, agentDecider } from './agent.decider';
import { AgentEvent, AgentStatus } from './agent.events';

const agentId = 'agent-a';

const actor = (id: string, ...roles: Role[]): Actor => ({ id, tenantId: 'acme', roles });
const supervisor = actor('sup-1', 'SUPERVISOR');
const admin = actor('admin-1', 'ADMIN');
const self = actor(agentId, 'AGENT');
const otherAgent = actor('agent-b', 'AGENT');
const analyst = actor('analyst-1', 'ANALYST');

const registered = (name = 'Ada', queueIds = ['sales']): AgentEvent => ({
  type: 'AgentRegistered',
  data: { agentId, name, queueIds },
});
const statusChanged = (status: AgentStatus): AgentEvent => ({ type: 'AgentStatusChanged', data: { agentId, status } });
const deactivated: AgentEvent = { type: 'AgentDeactivated', data: { agentId } };

const register = (by: Actor, name = 'Ada', queueIds = ['sales']): AgentCommand => ({
  type: 'RegisterAgent',
  actor: by,
  agentId,
  name,
  queueIds,
});
const setStatus = (by: Actor, status: AgentStatus): AgentCommand => ({ type: 'SetAgentStatus', actor: by, agentId, status });
const deactivate = (by: Actor): AgentCommand => ({ type: 'DeactivateAgent', actor: by, agentId });

const agent = (...events: AgentEvent[]) => given(agentDecider, events);

describe('agent decider', () => {
  describe('register', () => {
    it.each([supervisor, admin])('lets role $roles.0 register a new agent', (by) => {
      agent().when(register(by)).then([registered()]);
    });

    it('appends nothing when an agent is registered again with the same name and queues', () => {
      agent(registered()).when(register(supervisor)).then([]);
    });

    it('registers again when the name changes', () => {
      agent(registered()).when(register(supervisor, 'Ada L.')).then([registered('Ada L.')]);
    });

    it('registers again when the queues change', () => {
      agent(registered()).when(register(supervisor, 'Ada', ['sales', 'support'])).then([registered('Ada', ['sales', 'support'])]);
    });

    it('registers a deactivated agent again with the same name and queues, reactivating it', () => {
      agent(registered(), deactivated).when(register(supervisor)).then([registered()]);
    });

    it.each([self, analyst])('forbids role $roles.0 to register an agent', (by) => {
      agent().when(register(by)).thenThrows(Forbidden);
    });
  });

  describe('set status', () => {
    it('lets an agent set its own status', () => {
      agent(registered()).when(setStatus(self, 'ONLINE')).then([statusChanged('ONLINE')]);
    });

    it("lets a supervisor set an agent's status", () => {
      agent(registered()).when(setStatus(supervisor, 'AWAY')).then([statusChanged('AWAY')]);
    });

    it("forbids an agent to set another agent's status", () => {
      agent(registered()).when(setStatus(otherAgent, 'ONLINE')).thenThrows(Forbidden);
    });

    it('forbids an analyst to set a status', () => {
      agent(registered()).when(setStatus(analyst, 'ONLINE')).thenThrows(Forbidden);
    });

    it('refuses to set the status of an agent that is not registered', () => {
      agent().when(setStatus(supervisor, 'ONLINE')).thenThrows(NotFound, 'Agent');
    });

    it('refuses to set the status of a deactivated agent', () => {
      agent(registered(), deactivated).when(setStatus(supervisor, 'ONLINE')).thenThrows(InvalidState, 'AGENT_INACTIVE');
    });

    it('appends nothing when the status is already the one asked for', () => {
      agent(registered(), statusChanged('ONLINE')).when(setStatus(self, 'ONLINE')).then([]);
    });

    it('appends nothing when a new agent is set OFFLINE, the status it starts with', () => {
      agent(registered()).when(setStatus(self, 'OFFLINE')).then([]);
    });
  });

  describe('deactivate', () => {
    it('deactivates an active agent', () => {
      agent(registered()).when(deactivate(supervisor)).then([deactivated]);
    });

    it('appends nothing when the agent is already deactivated', () => {
      agent(registered(), deactivated).when(deactivate(supervisor)).then([]);
    });

    it('refuses to deactivate an agent that is not registered', () => {
      agent().when(deactivate(supervisor)).thenThrows(NotFound, 'Agent');
    });

    it('forbids an agent to deactivate itself', () => {
      agent(registered()).when(deactivate(self)).thenThrows(Forbidden);
    });
  });

  describe('evolve', () => {
    const stateAfter = (...events: AgentEvent[]) => fold(agentDecider, events);

    it('starts a registered agent OFFLINE and active', () => {
      expect(stateAfter(registered())).toEqual({
        exists: true,
        agentId,
        name: 'Ada',
        queueIds: ['sales'],
        status: 'OFFLINE',
        active: true,
        maxConversations: null,
        channelLimits: [],
        holdings: [],
      });
    });

    it('takes a deactivated agent OFFLINE', () => {
      expect(stateAfter(registered(), statusChanged('ONLINE'), deactivated)).toMatchObject({ status: 'OFFLINE', active: false });
    });

    it('reactivates a deactivated agent that is registered again', () => {
      expect(stateAfter(registered(), deactivated, registered('Ada', ['support']))).toMatchObject({
        active: true,
        queueIds: ['support'],
      });
    });
  });
});

import { DeactivateAgentCommand } from '../agents/deactivate-agent/deactivate-agent.command';
import { RegisterAgentCommand } from '../agents/register-agent/register-agent.command';
import { SetAgentStatusCommand } from '../agents/set-agent-status/set-agent-status.command';
import { AssignConversationCommand } from '../conversations/assign-conversation/assign-conversation.command';
import { CloseConversationCommand } from '../conversations/close-conversation/close-conversation.command';
import { OpenConversationCommand } from '../conversations/open-conversation/open-conversation.command';
import { TransferConversationCommand } from '../conversations/transfer-conversation/transfer-conversation.command';
import { UnassignConversationCommand } from '../conversations/unassign-conversation/unassign-conversation.command';
import { DefineTransferReasonCommand } from '../transfer-reasons/define-transfer-reason/define-transfer-reason.command';
import { RetireTransferReasonCommand } from '../transfer-reasons/retire-transfer-reason/retire-transfer-reason.command';
import { commandHash } from './command-hash';
import { commandMeta } from './command-meta';

/**
 * Stored events carry their command's hash, and a retry is told from a reused command id by it: the hash of the
 * same input must not change when the code that builds commands does. These values were taken before commands
 * were built from one props object (when they took positional arguments).
 */
describe('commandHash', () => {
  const meta = commandMeta({ id: 'sup-1', tenantId: 'acme', roles: ['SUPERVISOR'] });
  const other = commandMeta({ id: 'adm-2', tenantId: 'acme', roles: ['ADMIN'] }, { commandId: 'cmd-2', correlationId: 'corr-2' });

  it.each([
    ['open', new OpenConversationCommand(meta, { conversationId: 'c1', queueId: 'q1', channel: 'chat', contact: { id: 'k1', name: 'Kim' } }), 'yTxmcHEM1h5WysvmoXOXjzaXTFfafVwhxNOO1pZsgUE'],
    ['open without contact', new OpenConversationCommand(meta, { conversationId: 'c1', queueId: 'q1', channel: 'chat' }), 'jDz2aP90eEheyM1XvTC2xe2UcAuv0VJJt3V0GB1I9bk'],
    ['assign', new AssignConversationCommand(meta, { conversationId: 'c1', agentId: 'a1', expectedVersion: 3 }), 'Lv-u5iv9iS7qJ2xVvUhR2WfBc2HLuDV3EzdOINlrE7o'],
    ['unassign', new UnassignConversationCommand(meta, { conversationId: 'c1', note: 'see you', expectedVersion: 4 }), 'LoJTuo_alVlPxbdeofyYOdCcVvEBZrB180hyLfeaulM'],
    ['unassign without note', new UnassignConversationCommand(meta, { conversationId: 'c1' }), '0MQnz4yMFuiTgvDmJ5aDHpJDDO7qt8-XOiBFk_xHLnk'],
    ['transfer', new TransferConversationCommand(meta, { conversationId: 'c1', toAgentId: 'a2', reasonId: 'sales', note: 'over to you', expectedVersion: 5 }), 'QLWdwD_r4UF3G8zYt2skv5ZtZHyYyf9-VrbYKXqYN-A'],
    ['transfer without note', new TransferConversationCommand(meta, { conversationId: 'c1', toAgentId: 'a2', reasonId: 'sales' }), 'MVCEU6cksSPDeDoLb1hOorEJvLfbJI5si_ZB7L2ZB8Y'],
    ['close', new CloseConversationCommand(meta, { conversationId: 'c1', expectedVersion: 6 }), 'iW-O2NmxLJCgvCs8nJQLnBN-9IrG1zRGB4BMmotH_y4'],
    ['register', new RegisterAgentCommand(meta, { agentId: 'a1', name: 'Ana', queueIds: ['q1', 'q2'] }), 'UYrRX9YdLxulNcJFOaZFiJ1F5lUX1M6ZPsXxeT2iBBo'],
    ['set status', new SetAgentStatusCommand(meta, { agentId: 'a1', status: 'ONLINE' }), 'NubkwDQMJ9fbq6BAkJpv23iNtkS3jnLpX3WYOqXUq7U'],
    ['deactivate', new DeactivateAgentCommand(meta, { agentId: 'a1' }), 'A_d77SvAuRTPAuowWK0yF_1R52wK2aXEPaJDf0F7k98'],
    ['define', new DefineTransferReasonCommand(meta, { reasonId: 'sales', name: 'Sales', description: 'to sales' }), 'OC0VjPFDIL1nJnkMXsssNPBLw_oLEJ7lDvWvDVBo_fs'],
    ['define without description', new DefineTransferReasonCommand(meta, { reasonId: 'sales', name: 'Sales' }), 'pqXC6s_A2eUG5Enf887yY-puJ-__0SILv3yd0wjay8Q'],
    ['retire', new RetireTransferReasonCommand(meta, { reasonId: 'sales' }), '03-L2Vxaw-F0QsAYPLuEu_MDTnPkxpJvD0Tg5UtExBg'],
  ])('keeps the hash of a %s command', (_name, command, hash) => {
    expect(commandHash(command)).toBe(hash);
  });

  it('leaves out who sent the command and the version it expects', () => {
    const props = { conversationId: 'c1', toAgentId: 'a2', reasonId: 'sales' };
    const hash = commandHash(new TransferConversationCommand(meta, props));
    expect(commandHash(new TransferConversationCommand(other, { ...props, expectedVersion: 9 }))).toBe(hash);
  });

  it('tells another command type with the same fields apart', () => {
    const props = { conversationId: 'c1' };
    expect(commandHash(new CloseConversationCommand(meta, props))).not.toBe(commandHash(new UnassignConversationCommand(meta, props)));
  });
});

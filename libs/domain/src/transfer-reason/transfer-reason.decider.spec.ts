import { Actor, Role } from '../shared/actor';
import { Forbidden, NotFound } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { TransferReasonCommand, transferReasonDecider } from './transfer-reason.decider';
import { TransferReasonEvent } from './transfer-reason.events';

const reasonId = 'billing';

const actor = (id: string, ...roles: Role[]): Actor => ({ id, tenantId: 'acme', roles });
const supervisor = actor('sup-1', 'SUPERVISOR');
const admin = actor('admin-1', 'ADMIN');
const agentA = actor('agent-a', 'AGENT');
const analyst = actor('analyst-1', 'ANALYST');

const defined = (name = 'Billing', description?: string): TransferReasonEvent => ({
  type: 'TransferReasonDefined',
  data: { reasonId, name, ...(description !== undefined ? { description } : {}) },
});
const retired: TransferReasonEvent = { type: 'TransferReasonRetired', data: { reasonId } };

const define = (by: Actor, name = 'Billing', description?: string): TransferReasonCommand => ({
  type: 'DefineTransferReason',
  actor: by,
  reasonId,
  name,
  ...(description !== undefined ? { description } : {}),
});
const retire = (by: Actor): TransferReasonCommand => ({ type: 'RetireTransferReason', actor: by, reasonId });

const reason = (...events: TransferReasonEvent[]) => given(transferReasonDecider, events);

describe('transfer reason decider', () => {
  it.each([supervisor, admin])('lets role $roles.0 define a new reason', (by) => {
    reason().when(define(by)).then([defined()]);
  });

  it('carries the description on the defined event', () => {
    reason().when(define(supervisor, 'Billing', 'invoices and refunds')).then([defined('Billing', 'invoices and refunds')]);
  });

  it('renames a reason', () => {
    reason(defined()).when(define(supervisor, 'Payments')).then([defined('Payments')]);
  });

  it('changes the description of a reason', () => {
    reason(defined()).when(define(supervisor, 'Billing', 'refunds')).then([defined('Billing', 'refunds')]);
  });

  it('appends nothing when a reason is defined again as it is', () => {
    reason(defined('Billing', 'refunds')).when(define(supervisor, 'Billing', 'refunds')).then([]);
  });

  it('reactivates a retired reason that is defined again', () => {
    reason(defined(), retired).when(define(supervisor)).then([defined()]);
  });

  it('retires an active reason', () => {
    reason(defined()).when(retire(supervisor)).then([retired]);
  });

  it('appends nothing when a retired reason is retired again', () => {
    reason(defined(), retired).when(retire(supervisor)).then([]);
  });

  it('refuses to retire a reason that was never defined', () => {
    reason().when(retire(supervisor)).thenThrows(NotFound, 'TransferReason');
  });

  it.each([agentA, analyst])('forbids role $roles.0 to define a reason', (by) => {
    reason().when(define(by)).thenThrows(Forbidden);
  });

  it.each([agentA, analyst])('forbids role $roles.0 to retire a reason', (by) => {
    reason(defined()).when(retire(by)).thenThrows(Forbidden);
  });
});

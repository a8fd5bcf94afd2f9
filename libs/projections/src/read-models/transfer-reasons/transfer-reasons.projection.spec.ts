import { project } from '../../testing/memory-documents';
import { EventLog } from '../../testing/recorded';
import { transferReasonsProjection } from '../transfer-reasons/transfer-reasons.projection';

const tenant = 'acme';

async function reasonAfter(log: EventLog, reasonId = 'billing') {
  return (await project(transferReasonsProjection, log.events)).find(tenant, reasonId);
}

describe('transfer reasons projection', () => {
  it('shows a defined reason as active', async () => {
    const log = new EventLog();
    log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Billing', description: 'Invoices and payments' });

    expect(await reasonAfter(log)).toEqual({
      tenantId: tenant, id: 'billing', name: 'Billing', description: 'Invoices and payments', active: true,
    });
  });

  it('renames a reason defined again', async () => {
    const log = new EventLog();
    log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Billing', description: 'Invoices' });
    log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Payments' });

    expect(await reasonAfter(log)).toMatchObject({ name: 'Payments', description: null, active: true });
  });

  it('keeps a retired reason, inactive', async () => {
    const log = new EventLog();
    log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Billing' });
    log.add('TransferReasonRetired', { reasonId: 'billing' });

    expect(await reasonAfter(log)).toMatchObject({ name: 'Billing', active: false });
  });

  it('brings a retired reason back when it is defined again', async () => {
    const log = new EventLog();
    log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Billing' });
    log.add('TransferReasonRetired', { reasonId: 'billing' });
    log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Billing again' });

    expect(await reasonAfter(log)).toMatchObject({ name: 'Billing again', active: true });
  });

  it('ignores the retirement of a reason it never saw defined', async () => {
    const log = new EventLog();
    log.add('TransferReasonRetired', { reasonId: 'ghost' });

    expect(await reasonAfter(log, 'ghost')).toBeNull();
  });
});

import { Actor, Role } from '../shared/actor';
import { fold } from '../shared/decider';
import { Forbidden } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { ConfigureQueue, queueDecider } from './queue.decider';
import { QueueEvent } from './queue.events';
import { queueSettingsOf } from './queue.state';

const queueId = 'sales';
const actor = (id: string, ...roles: Role[]): Actor => ({ id, tenantId: 'acme', roles });
const supervisor = actor('sup-1', 'SUPERVISOR');

const configure = (by: Actor, settings: Partial<Omit<ConfigureQueue, 'type' | 'actor' | 'queueId'>> = {}): ConfigureQueue => ({
  type: 'ConfigureQueue', actor: by, queueId, routing: 'AUTO', ...settings,
});
const configured = (data: Partial<QueueEvent['data']> = {}): QueueEvent => ({
  type: 'QueueConfigured', data: { queueId, routing: 'AUTO', offerTimeoutSeconds: 30, serviceLevelSeconds: 60, ...data },
});

const queue = (...events: QueueEvent[]) => given(queueDecider, events);

describe('queue decider', () => {
  it.each([supervisor, actor('admin-1', 'ADMIN')])('lets role $roles.0 configure a queue, defaults filled in', (by) => {
    queue().when(configure(by)).then([configured()]);
  });

  it.each([actor('a', 'AGENT'), actor('x', 'ANALYST'), actor('i', 'INTEGRATION')])('forbids role $roles.0 to configure a queue', (by) => {
    queue().when(configure(by)).thenThrows(Forbidden);
  });

  it('records every setting given', () => {
    const settings = { name: 'Sales', offerTimeoutSeconds: 5, maxWaitSeconds: 120, returnAfterSeconds: 300, serviceLevelSeconds: 20 };
    queue().when(configure(supervisor, settings)).then([configured(settings)]);
  });

  it('appends nothing when the settings are those the queue already has', () => {
    queue(configured({ maxWaitSeconds: 120 })).when(configure(supervisor, { maxWaitSeconds: 120 })).then([]);
  });

  it('replaces every setting: a limit left out is no limit any more', () => {
    queue(configured({ maxWaitSeconds: 120 })).when(configure(supervisor)).then([configured()]);
  });

  it('answers the defaults (MANUAL) for a queue never configured, and the latest settings otherwise', () => {
    expect(queueSettingsOf(queueId, fold(queueDecider, []))).toEqual({ queueId, routing: 'MANUAL', offerTimeoutSeconds: 30, serviceLevelSeconds: 60 });
    expect(queueSettingsOf(queueId, fold(queueDecider, [configured(), configured({ routing: 'MANUAL', name: 'S' })]))).toMatchObject({ routing: 'MANUAL', name: 'S' });
  });
});

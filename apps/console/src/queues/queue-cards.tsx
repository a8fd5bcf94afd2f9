import { QueueSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { WaitTime } from '../ui/wait-time';

function QueueCard({ queue, selected, onSelect }: { queue: QueueSummary; selected: boolean; onSelect: () => void }) {
  const { t } = useI18n();
  return (
    <section className={selected ? 'queue-card selected' : 'queue-card'} aria-label={t('queueCardLabel', { queue: queue.queueId })} data-queue={queue.queueId}>
      <h2>{queue.queueId}</h2>
      <dl className="stats">
        <div>
          <dt>{t('queued')}</dt>
          <dd data-stat="queued">{queue.queued}</dd>
        </div>
        <div>
          <dt>{t('assigned')}</dt>
          <dd data-stat="assigned">{queue.assigned}</dd>
        </div>
        <div>
          <dt>{t('oldestWait')}</dt>
          <dd data-stat="oldest-wait" className={queue.oldestWaitingSince ? 'waiting' : undefined}>
            <WaitTime since={queue.oldestWaitingSince} />
          </dd>
        </div>
        <div>
          <dt>{t('agentsOnline')}</dt>
          <dd data-stat="agents-online">{queue.agentsOnline}</dd>
        </div>
      </dl>
      <button type="button" className="secondary" aria-pressed={selected} onClick={onSelect}>
        {t('showQueue')}
      </button>
    </section>
  );
}

export function QueueCards({ queues, selected, onSelect }: { queues: QueueSummary[]; selected?: string; onSelect: (queueId: string) => void }) {
  const { t } = useI18n();
  if (queues.length === 0) return <p className="empty">{t('queuesEmpty')}</p>;
  return (
    <div className="queue-cards">
      {queues.map((queue) => (
        <QueueCard key={queue.queueId} queue={queue} selected={queue.queueId === selected} onSelect={() => onSelect(queue.queueId)} />
      ))}
    </div>
  );
}

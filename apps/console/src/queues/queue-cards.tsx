import { QueueSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { WaitTime } from '../ui/wait-time';
import { QueueRoutingStats, RoutingBadge } from '../routing/queue-routing-stats';
import { QueueRouting } from '../routing/types';

interface QueueCardProps {
  queue: QueueSummary;
  /** Routing figures, when the api has them. */
  routing?: QueueRouting;
  selected: boolean;
  /** Absent where there is no queue to open (a replay for a user who cannot read the live lists). */
  onSelect?: () => void;
}

function QueueCard({ queue, routing, selected, onSelect }: QueueCardProps) {
  const { t } = useI18n();
  return (
    <section className={selected ? 'queue-card selected' : 'queue-card'} aria-label={t('queueCardLabel', { queue: queue.queueId })} data-queue={queue.queueId}>
      <h2>
        {queue.queueId} {routing && <RoutingBadge routing={routing} />}
      </h2>
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
        {routing && <QueueRoutingStats routing={routing} />}
      </dl>
      {onSelect && (
        <button type="button" className="secondary" aria-pressed={selected} onClick={onSelect}>
          {t('showQueue')}
        </button>
      )}
    </section>
  );
}

interface QueueCardsProps {
  queues: QueueSummary[];
  routing?: QueueRouting[];
  selected?: string;
  onSelect?: (queueId: string) => void;
}

export function QueueCards({ queues, routing, selected, onSelect }: QueueCardsProps) {
  const { t } = useI18n();
  if (queues.length === 0) return <p className="empty">{t('queuesEmpty')}</p>;
  return (
    <div className="queue-cards">
      {queues.map((queue) => (
        <QueueCard key={queue.queueId} queue={queue} routing={routing?.find((entry) => entry.queueId === queue.queueId)} selected={queue.queueId === selected} onSelect={onSelect && (() => onSelect(queue.queueId))} />
      ))}
    </div>
  );
}

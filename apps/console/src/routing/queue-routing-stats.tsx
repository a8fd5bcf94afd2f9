import { useI18n } from '../i18n/i18n';
import { QueueRouting } from './types';

/** The queue card's routing figures: offered, and overdue in a warning style while anyone waits past the target. */
export function QueueRoutingStats({ routing }: { routing: QueueRouting }) {
  const { t } = useI18n();
  return (
    <>
      <div>
        <dt>{t('offered')}</dt>
        <dd data-stat="offered">{routing.offered}</dd>
      </div>
      <div>
        <dt>{t('overdue')}</dt>
        <dd data-stat="overdue" className={routing.overdue > 0 ? 'overdue' : undefined}>
          {routing.overdue}
        </dd>
      </div>
    </>
  );
}

export function RoutingBadge({ routing }: { routing: QueueRouting }) {
  const { t } = useI18n();
  const mode = t(`routing${routing.routing}`);
  return (
    <span className={`badge badge-routing-${routing.routing.toLowerCase()}`} data-stat="routing" title={t('routingBadge', { mode })}>
      {mode}
    </span>
  );
}

import { useId, useState } from 'react';
import { QUEUE_PERFORMANCE, TRANSFER_ANALYTICS } from '../api/analytics-operations';
import { useApi } from '../auth/session-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/messages';
import { ExportPanel } from './export-panel';
import { figuresPerQueue } from './queue-figures';
import { QueuePerformanceTable } from './queue-performance-table';
import { Range } from './range';
import { TransferFlow } from './transfer-flow';
import { useRangeQuery } from './use-range-query';

/** The performance screen's queue and transfer views over the same range as the agents' figures, and the exports. */
export function AnalystPanels({ range }: { range: Range }) {
  const { t } = useI18n();
  const { request } = useApi();
  const id = useId();
  const [queueId, setQueueId] = useState('');
  const iso = (value: Range) => ({ from: value.from.toISOString(), to: value.to.toISOString() });
  const queues = useRangeQuery(async (value) => figuresPerQueue((await request(QUEUE_PERFORMANCE, iso(value))).queuePerformance), range);
  const transfers = useRangeQuery(async (value) => (await request(TRANSFER_ANALYTICS, { ...iso(value), queueId: queueId || null })).transferAnalytics, range, queueId);
  return (
    <>
      <section className="panel" aria-labelledby={`${id}-queues`} data-section="queue-performance">
        <h2 id={`${id}-queues`}>{t('qpTitle')}</h2>
        <p className="hint">{t('qpHelp')}</p>
        <ErrorMessage error={queues.error} />
        {queues.data ? <QueuePerformanceTable queues={queues.data} /> : !queues.error && <Loading />}
      </section>
      <section className="panel" aria-labelledby={`${id}-flows`} data-section="transfer-flow">
        <h2 id={`${id}-flows`}>{t('flowTitle')}</h2>
        <div className="field inline-field">
          <label htmlFor={`${id}-queue`}>{t('flowQueue')}</label>
          <select id={`${id}-queue`} value={queueId} onChange={(event) => setQueueId(event.target.value)}>
            <option value="">{t('flowAllQueues')}</option>
            {(queues.data ?? []).map((queue) => (
              <option key={queue.queueId} value={queue.queueId}>
                {queue.queueId}
              </option>
            ))}
          </select>
        </div>
        <ErrorMessage error={transfers.error} />
        {transfers.data ? <TransferFlow analytics={transfers.data} /> : !transfers.error && <Loading />}
      </section>
      <ExportPanel range={range} />
    </>
  );
}

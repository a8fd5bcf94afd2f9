import { useI18n } from '../i18n/i18n';
import { formatSeconds } from '../ui/duration';
import { gradeOf, QueueFigures } from './queue-figures';

/** Per queue: the service level as a bar and a percentage, then what made it (answered, abandoned, waits, offers). */
export function QueuePerformanceTable({ queues }: { queues: QueueFigures[] }) {
  const { t, number } = useI18n();
  const seconds = (value: number | null) => (value === null ? t('none') : formatSeconds(value));
  if (queues.length === 0) return <p className="empty">{t('qpEmpty')}</p>;
  return (
    <div className="table-scroll">
      <table className="queue-performance">
        <thead>
          <tr>
            {(['colQueue', 'colServiceLevel', 'qpAnswered', 'qpAbandoned', 'qpAvgWait', 'qpMaxWait', 'qpDeclined', 'qpExpired', 'qpBreaches'] as const).map((key) => (
              <th scope="col" key={key}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {queues.map((queue) => {
            const grade = gradeOf(queue.serviceLevel);
            const level = queue.serviceLevel === null ? t('none') : number(queue.serviceLevel, { style: 'percent', maximumFractionDigits: 1 });
            return (
              <tr key={queue.queueId} data-queue-performance={queue.queueId}>
                <th scope="row">{queue.queueId}</th>
                <td className={`service-level grade-${grade}`}>
                  <span className="level-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round((queue.serviceLevel ?? 0) * 100)}%` }} />
                  </span>
                  <strong data-field="service-level">{level}</strong>
                  <span className="muted small block">{t('qpInTime', { inTime: queue.answeredInTime, waits: queue.answered + queue.abandoned })}</span>
                </td>
                <td className="number" data-field="answered">{queue.answered}</td>
                <td className="number" data-field="abandoned">{queue.abandoned}</td>
                <td className="number">{seconds(queue.avgWaitSeconds)}</td>
                <td className="number">{seconds(queue.maxWaitSeconds)}</td>
                <td className="number">{t('qpOfOffers', { count: queue.offersDeclined, offers: queue.offers })}</td>
                <td className="number">{queue.offersExpired}</td>
                <td className={queue.waitBreaches > 0 ? 'number overdue' : 'number'}>{queue.waitBreaches}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

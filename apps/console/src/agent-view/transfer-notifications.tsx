import { Transfer } from '../api/types';
import { useI18n } from '../i18n/i18n';

interface TransferNotificationsProps {
  transfers: Transfer[];
  labelOf: (conversationId: string) => string;
  onDismiss: (id: string) => void;
}

/** Always in the page (empty or not) so screen readers hear each new transfer as it arrives. */
export function TransferNotifications({ transfers, labelOf, onDismiss }: TransferNotificationsProps) {
  const { t, dateTime } = useI18n();
  return (
    <section className="notifications" aria-labelledby="notifications-title">
      <h2 id="notifications-title" className={transfers.length ? undefined : 'sr-only'}>
        {t('notificationsTitle')}
      </h2>
      <ul aria-live="polite" aria-relevant="additions">
        {transfers.map((transfer) => (
          <li key={transfer.id} className="notification" data-transfer={transfer.id}>
            <p className="notification-title">
              {t('notificationText', { from: transfer.fromAgent.name, conversation: labelOf(transfer.conversationId) })}{' '}
              <time dateTime={transfer.at} className="muted small">
                {dateTime(transfer.at)}
              </time>
            </p>
            <p>
              <strong>{t('reason')}:</strong> <span data-field="reason">{transfer.reasonName}</span>
            </p>
            {transfer.note && (
              <p>
                <strong>{t('note')}:</strong> <span data-field="note" className="note-text">{transfer.note}</span>
              </p>
            )}
            <button type="button" className="link-button" onClick={() => onDismiss(transfer.id)}>
              {t('dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

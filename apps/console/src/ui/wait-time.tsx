import { useNow } from '../live/now';
import { useI18n } from '../i18n/i18n';
import { formatSeconds } from './duration';

/** Time since `since`, ticking every second; a dash when there is nothing to wait for. */
export function WaitTime({ since }: { since: string | null }) {
  const now = useNow();
  const { t, dateTime } = useI18n();
  if (!since) return <span>{t('none')}</span>;
  const seconds = (now - Date.parse(since)) / 1000;
  return (
    <time dateTime={since} title={dateTime(since)} className="wait">
      {formatSeconds(seconds)}
    </time>
  );
}

import { useNow } from '../live/now';
import { useI18n } from '../i18n/i18n';
import { formatCountdown, secondsUntil } from './countdown';

/** Time left until `expiresAt`, ticking with the page clock; a timer role, which screen readers do not read every second. */
export function Countdown({ expiresAt }: { expiresAt: string }) {
  const now = useNow();
  const { dateTime } = useI18n();
  const left = secondsUntil(expiresAt, now);
  return (
    <time role="timer" aria-live="off" dateTime={expiresAt} title={dateTime(expiresAt)} className={left <= 5 ? 'countdown countdown-due' : 'countdown'} data-field="countdown">
      {formatCountdown(left)}
    </time>
  );
}

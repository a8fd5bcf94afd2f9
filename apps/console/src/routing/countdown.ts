const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Whole seconds left until `expiresAt`, rounded down and never negative. Down, because the page clock ticks once a
 * second and so lags by up to a second: a fresh 120 s offer reads 2:00, not 2:01.
 */
export function secondsUntil(expiresAt: string, now: number): number {
  return Math.max(0, Math.floor((Date.parse(expiresAt) - now) / 1000));
}

/** A countdown as a clock reads: 0:07, 1:05, 1:00:00. The same in English and Spanish. */
export function formatCountdown(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}

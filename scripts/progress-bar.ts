/** A one-line progress report on a stream (stderr): redrawn in place on a terminal, a line every few seconds otherwise. */
const BAR_WIDTH = 28;
const PLAIN_EVERY_MS = 2000;
const REDRAW_EVERY_MS = 100;

export interface ProgressSample {
  /** Where the work stands, in the units of `total` (log positions, rows); a `total` below 0 is not known. */
  done: bigint;
  total: bigint;
  /** Items (events, rows) processed so far. */
  events: number;
}

const count = (value: number | bigint): string => value.toLocaleString('en-US');

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

export class ProgressBar {
  private readonly startedAt = Date.now();
  private lastDrawAt = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly label: string, private readonly unit = 'events') {}

  update(sample: ProgressSample, force = false): void {
    const now = Date.now();
    const every = this.stream.isTTY ? REDRAW_EVERY_MS : PLAIN_EVERY_MS;
    if (!force && now - this.lastDrawAt < every) return;
    this.lastDrawAt = now;
    const line = this.render(sample, (now - this.startedAt) / 1000);
    if (this.stream.isTTY) {
      this.stream.write(`\r\x1b[2K${line}`);
      this.drawn = true;
    } else {
      this.stream.write(`${line}\n`);
    }
  }

  /** Ends the line being redrawn, so what is written next starts on a line of its own. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
    this.lastDrawAt = 0;
  }

  render({ done, total, events }: ProgressSample, elapsedSeconds: number): string {
    const rate = elapsedSeconds > 0 ? events / elapsedSeconds : 0;
    if (total < 0n) return [this.label, `${count(events)} ${this.unit}`, `${count(Math.round(rate))} ${this.unit}/s`, 'ETA ?'].join('  ');
    const fraction = total > 0n ? Math.min(1, Number((done * 10_000n) / total) / 10_000) : 1;
    const filled = Math.round(fraction * BAR_WIDTH);
    const remaining = fraction > 0 ? (elapsedSeconds / fraction) * (1 - fraction) : Infinity;
    return [
      `${this.label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(1)}%`,
      `${count(done < total ? done : total)}/${count(total)} ${this.unit}`,
      `${count(Math.round(rate))} ${this.unit}/s`,
      `ETA ${fraction >= 1 ? '0s' : formatSeconds(remaining)}`,
    ].join('  ');
  }
}

import { PmLogger } from './outbox-dispatcher';

/**
 * Wakes the runner when its earliest timer is due, never later than `maxWaitMs` (a backstop, not a poll: the
 * wait is re-planned whenever a timer is set). One firing at a time; a failed one is tried again at the next wake.
 */
export class TimerAlarm {
  private timeout?: NodeJS.Timeout;
  private firing?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly nextDueAt: () => Promise<number | null>,
    private readonly fire: () => Promise<void>,
    private readonly now: () => Date,
    private readonly maxWaitMs: number,
    private readonly logger: PmLogger,
  ) {}

  /** Re-plans the wait from the stored timers. */
  wake(): void {
    if (this.stopped) return;
    void this.plan().catch((error) => {
      this.logger.error(`could not read the pending timers: ${String(error)}`);
      this.schedule(this.maxWaitMs);
    });
  }

  stop(): void {
    this.stopped = true;
    if (this.timeout) clearTimeout(this.timeout);
  }

  async idle(): Promise<void> {
    await this.firing;
  }

  private async plan(): Promise<void> {
    const due = await this.nextDueAt();
    const wait = due === null ? this.maxWaitMs : Math.max(0, Math.min(this.maxWaitMs, due - this.now().getTime()));
    this.schedule(wait);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timeout) clearTimeout(this.timeout);
    this.timeout = setTimeout(() => this.ring(), ms);
    this.timeout.unref();
  }

  private ring(): void {
    if (this.firing || this.stopped) return;
    this.firing = this.fire()
      .catch((error) => this.logger.error(`could not fire the due timers: ${String(error)}`))
      .finally(() => {
        this.firing = undefined;
        this.wake();
      });
  }
}

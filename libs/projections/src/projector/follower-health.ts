import { ProjectorLogger } from './projector.types';

/** The longest pause between attempts to read a change log that keeps failing. */
const MAX_RETRY_DELAY_MS = 2000;

export type FollowerStatus =
  | { following: true }
  | { following: false; failingSince: string; failures: number; error: string };

/** Exponential back-off from the poll interval while reads fail; the interval itself once they succeed. */
export function retryDelayMs(intervalMs: number, failures: number): number {
  if (failures === 0) return intervalMs;
  return Math.min(MAX_RETRY_DELAY_MS, Math.max(intervalMs, 1) * 2 ** Math.min(failures, 16));
}

/** Whether the change follower can read the change log, and since when it cannot. */
export class FollowerHealth {
  private failure?: { since: Date; count: number; error: string };

  constructor(private readonly logger: ProjectorLogger) {}

  get failures(): number {
    return this.failure?.count ?? 0;
  }

  status(): FollowerStatus {
    if (!this.failure) return { following: true };
    return { following: false, failingSince: this.failure.since.toISOString(), failures: this.failure.count, error: this.failure.error };
  }

  failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const count = this.failures + 1;
    this.failure = { since: this.failure?.since ?? new Date(), count, error: message };
    // The first failure and then every tenth: a long outage does not flood the log.
    if (count === 1 || count % 10 === 0) this.logger.error(`could not read the read store's change log (attempt ${count}): ${message}; retrying`);
  }

  succeeded(): void {
    if (!this.failure) return;
    this.logger.log(`reading the change log again after ${this.failure.count} failed attempt(s)`);
    this.failure = undefined;
  }
}

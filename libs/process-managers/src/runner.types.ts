import { PmLogger } from './outbox-dispatcher';

export interface RunnerOptions {
  owner?: string;
  leaseTtlMs?: number;
  /** The clock `react`, `onTimer` and due times are read from. */
  now?: () => Date;
  logger?: PmLogger;
  /** Longest sleep between looks for due timers, a backstop for a clock moved by hand or a missed wake. */
  maxTimerWaitMs?: number;
  retryDelayMs?: { min: number; max: number };
}

export interface RunnerStatus {
  manager: string;
  owned: boolean;
  checkpoint: bigint;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface RetryPolicy {
  attempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Runs `work` until it succeeds or `attempts` failed, waiting twice as long after each failure; the last error is thrown. */
export async function retrying<T>(work: () => Promise<T>, policy: RetryPolicy, giveUp: () => boolean = () => false): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= policy.attempts || giveUp()) throw error;
      await sleep(Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (attempt - 1)));
    }
  }
}

const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 30_000;

/** Exponential backoff: 0.5 s before the 2nd attempt, then 1, 2, 4... s, at most 30 s. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (failedAttempts - 1));
}

/** A timer that an abort cuts short. */
export function waitFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/**
 * A token bucket per key (device, or address for unauthenticated calls): `burst` requests at once,
 * refilled at `perSecond`. In-process on purpose: with several hub processes each enforces its own
 * share, which is all a rate limit needs; it holds nothing that matters for correctness.
 */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  atMs: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** Take one token for `key`; false when the bucket is empty. */
  take(key: string): boolean {
    const nowMs = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, atMs: nowMs };
    const refilled = Math.min(this.limit.burst, bucket.tokens + ((nowMs - bucket.atMs) / 1000) * this.limit.perSecond);
    const allowed = refilled >= 1;
    this.buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, atMs: nowMs });
    if (this.buckets.size > 10_000) this.forgetFull(nowMs);
    return allowed;
  }

  /** Drop buckets that have refilled completely: they behave like new ones. */
  private forgetFull(nowMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((nowMs - bucket.atMs) / 1000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(key);
    }
  }
}

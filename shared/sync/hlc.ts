/**
 * Hybrid logical clock (Kulkarni et al.): physical milliseconds plus a counter, so stamps follow
 * real time when clocks agree and still order causally when they do not.
 *
 * A stamp is a string that sorts lexicographically in clock order:
 * `<ms, 13 digits>:<counter, 5 digits>:<deviceId>` e.g. `1763890000000:00003:laptop-a`.
 * The device id breaks ties so two devices never produce equal stamps.
 */
export interface HlcParts {
  ms: number;
  counter: number;
  deviceId: string;
}

const MAX_COUNTER = 99_999;

export function formatHlc({ ms, counter, deviceId }: HlcParts): string {
  return `${String(ms).padStart(13, '0')}:${String(counter).padStart(5, '0')}:${deviceId}`;
}

export function parseHlc(stamp: string): HlcParts {
  const match = /^(\d{13}):(\d{5}):(.+)$/.exec(stamp);
  if (!match) throw new Error(`not an HLC stamp: "${stamp}"`);
  return { ms: Number(match[1]), counter: Number(match[2]), deviceId: match[3]! };
}

/** Compare two stamps: negative if a is older, positive if newer. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The hub's defence against a laptop with a wrong clock: a stamp more than `windowMs` ahead of
 * the hub's own time is pulled back to `hubNowMs + windowMs`, keeping its counter and device so
 * order among that device's own writes is kept.
 */
export function clampHlc(stamp: string, hubNowMs: number, windowMs: number): string {
  const parts = parseHlc(stamp);
  const limit = hubNowMs + windowMs;
  return parts.ms > limit ? formatHlc({ ...parts, ms: limit }) : stamp;
}

/**
 * The stamp the hub stores for a write stamped `stamp` over a field stamped `replaces` (absent
 * for a field never written): `clampHlc`, except that clamping never puts a write at or below
 * the stamp it beat. Two fast clocks clamped to the same hub millisecond (a busy hub, or its
 * clock stepped back) would otherwise be ordered by counter and device id, and an edit made after
 * seeing the other device's value could lose to it. Such a write gets the stamp just after
 * `replaces`, which stays within the window.
 */
export function hubStamp(stamp: string, replaces: string | undefined, hubNowMs: number, windowMs: number): string {
  const clamped = clampHlc(stamp, hubNowMs, windowMs);
  if (replaces === undefined || clamped > replaces || stamp <= replaces) return clamped;
  const { ms, counter } = parseHlc(replaces);
  const { deviceId } = parseHlc(stamp);
  return formatHlc(counter < MAX_COUNTER ? { ms, counter: counter + 1, deviceId } : { ms: ms + 1, counter: 0, deviceId });
}

/** A device's clock. `now()` for a local event, `receive()` when a remote stamp is seen. */
export class HybridClock {
  private ms = 0;
  private counter = 0;

  constructor(
    readonly deviceId: string,
    private readonly wallClock: () => number = Date.now,
  ) {
    if (!deviceId || deviceId.includes(':')) throw new Error(`HLC device id must be non-empty without ':' (got "${deviceId}")`);
  }

  now(): string {
    const wall = this.wallClock();
    if (wall > this.ms) {
      this.ms = wall;
      this.counter = 0;
    } else {
      this.bump();
    }
    return formatHlc({ ms: this.ms, counter: this.counter, deviceId: this.deviceId });
  }

  receive(remote: string): void {
    const { ms, counter } = parseHlc(remote);
    const wall = this.wallClock();
    const top = Math.max(wall, ms, this.ms);
    if (top === this.ms && top === ms) this.counter = Math.max(this.counter, counter);
    else if (top === ms) this.counter = counter;
    else if (top === wall && top !== this.ms) this.counter = -1;
    this.ms = top;
    this.bump();
  }

  private bump(): void {
    this.counter += 1;
    if (this.counter > MAX_COUNTER) {
      // Counter overflow: borrow a millisecond rather than break the stamp format.
      this.ms += 1;
      this.counter = 0;
    }
  }
}

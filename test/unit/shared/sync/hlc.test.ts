import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HybridClock, clampHlc, compareHlc, formatHlc, hubStamp, parseHlc } from '../../../../shared/sync/hlc';

describe('HybridClock', () => {
  it('follows wall time and orders events within one millisecond by counter', () => {
    let wall = 1_000;
    const clock = new HybridClock('a', () => wall);
    const s1 = clock.now();
    const s2 = clock.now();
    wall = 2_000;
    const s3 = clock.now();
    expect(parseHlc(s1)).toEqual({ ms: 1000, counter: 0, deviceId: 'a' });
    expect(parseHlc(s2)).toEqual({ ms: 1000, counter: 1, deviceId: 'a' });
    expect(parseHlc(s3)).toEqual({ ms: 2000, counter: 0, deviceId: 'a' });
  });

  it('never goes backwards when the wall clock does', () => {
    let wall = 5_000;
    const clock = new HybridClock('a', () => wall);
    const before = clock.now();
    wall = 1_000;
    expect(compareHlc(clock.now(), before)).toBeGreaterThan(0);
  });

  it('stamps after receiving a remote stamp are newer than it', () => {
    const clock = new HybridClock('a', () => 1_000);
    const remote = formatHlc({ ms: 9_000, counter: 7, deviceId: 'b' });
    clock.receive(remote);
    expect(compareHlc(clock.now(), remote)).toBeGreaterThan(0);
  });

  it('is monotonic for any interleaving of local events and received stamps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.record({ wall: fc.nat(10_000) }), fc.record({ remoteMs: fc.nat(10_000), counter: fc.nat(50) }))),
        (steps) => {
          let wall = 0;
          const clock = new HybridClock('a', () => wall);
          let last = clock.now();
          for (const step of steps) {
            if ('wall' in step) wall = step.wall;
            else clock.receive(formatHlc({ ms: step.remoteMs, counter: step.counter, deviceId: 'b' }));
            const next = clock.now();
            if (compareHlc(next, last) <= 0) return false;
            last = next;
          }
          return true;
        },
      ),
    );
  });

  it('refuses a device id that would break the stamp format', () => {
    expect(() => new HybridClock('a:b')).toThrow(/device id/);
  });
});

describe('clampHlc', () => {
  it('pulls a stamp from a fast clock back into the window and leaves others alone', () => {
    const fast = formatHlc({ ms: 10_000_000, counter: 3, deviceId: 'x' });
    expect(parseHlc(clampHlc(fast, 1_000_000, 60_000))).toEqual({ ms: 1_060_000, counter: 3, deviceId: 'x' });
    const fine = formatHlc({ ms: 1_000_500, counter: 0, deviceId: 'x' });
    expect(clampHlc(fine, 1_000_000, 60_000)).toBe(fine);
  });

  it('refuses a malformed stamp with a message naming it', () => {
    expect(() => clampHlc('garbage', 0, 0)).toThrow(/not an HLC stamp: "garbage"/);
  });
});

describe('hubStamp', () => {
  const window = 60_000;
  const hubNow = 1_000_000;
  const limit = hubNow + window;

  it('clamps like clampHlc when the field is new or the clamped stamp still beats the one it replaces', () => {
    const fast = formatHlc({ ms: 10_000_000, counter: 3, deviceId: 'b' });
    expect(hubStamp(fast, undefined, hubNow, window)).toBe(clampHlc(fast, hubNow, window));
    const older = formatHlc({ ms: 900_000, counter: 9, deviceId: 'z' });
    expect(hubStamp(fast, older, hubNow, window)).toBe(clampHlc(fast, hubNow, window));
  });

  it('puts a fast write that beat the stored stamp just after it, not below it, when both clamp to the same millisecond', () => {
    // Device "z" was clamped to the limit first; device "a" (sorting before "z") wrote later, faster still.
    const stored = formatHlc({ ms: limit, counter: 0, deviceId: 'z' });
    const later = formatHlc({ ms: 10_000_000, counter: 0, deviceId: 'a' });
    expect(clampHlc(later, hubNow, window) < stored).toBe(true);
    const kept = hubStamp(later, stored, hubNow, window);
    expect(parseHlc(kept)).toEqual({ ms: limit, counter: 1, deviceId: 'a' });
    expect(kept > stored).toBe(true);
  });

  it('borrows a millisecond when the stored counter is at its maximum', () => {
    const stored = formatHlc({ ms: limit, counter: 99_999, deviceId: 'z' });
    const later = formatHlc({ ms: 10_000_000, counter: 0, deviceId: 'a' });
    expect(parseHlc(hubStamp(later, stored, hubNow, window))).toEqual({ ms: limit + 1, counter: 0, deviceId: 'a' });
  });

  it('leaves a write that was older than the stored stamp to lose as it would without clamping', () => {
    const stored = formatHlc({ ms: 20_000_000, counter: 0, deviceId: 'z' });
    const older = formatHlc({ ms: 10_000_000, counter: 0, deviceId: 'a' });
    expect(hubStamp(older, stored, hubNow, window)).toBe(clampHlc(older, hubNow, window));
  });
});

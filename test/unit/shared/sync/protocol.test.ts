import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../../../shared/sync/jsonEqual';
import { normalizePairingCode } from '../../../../shared/sync/pairing';
import { PullRequestSchema } from '../../../../shared/sync/pull';
import { PushRequestSchema } from '../../../../shared/sync/push';
import { ownershipOf } from '../../../../shared/sync/scope';

const hub = { id: 'h', epoch: 0 };

describe('sync protocol schemas', () => {
  it('a push batch must be numbered without gaps, and says where it is not', () => {
    const ok = PushRequestSchema.safeParse({ schemaVersion: 1, deviceId: 'lap', hub, mutations: [{ seq: 4 }, { seq: 5 }] });
    expect(ok.success).toBe(true);
    const gap = PushRequestSchema.safeParse({ schemaVersion: 1, deviceId: 'lap', hub, mutations: [{ seq: 4 }, { seq: 6 }] });
    expect(gap.success).toBe(false);
    expect(gap.error?.issues[0]?.path).toEqual(['mutations', 1, 'seq']);
  });

  it('a pull defaults its page size and bounds it', () => {
    expect(PullRequestSchema.parse({ schemaVersion: 1, deviceId: 'lap', hub, cursor: 0 }).limit).toBe(1000);
    expect(PullRequestSchema.safeParse({ schemaVersion: 1, deviceId: 'lap', hub, cursor: 0, limit: 50_000 }).success).toBe(false);
    expect(PullRequestSchema.safeParse({ schemaVersion: 1, deviceId: 'lap', hub, cursor: -1 }).success).toBe(false);
  });

  it('pairing codes forgive case, dashes, spaces and look-alike letters', () => {
    expect(normalizePairingCode(' ab1o-lxyz ')).toBe('AB101XYZ');
  });

  it('records hang off their customers, and amendments off their deal', () => {
    expect(ownershipOf('deals', { buyerId: 'b', sellerId: 's' })).toEqual({ customerIds: ['b', 's'] });
    expect(ownershipOf('amendments', { dealId: 'd' })).toEqual({ customerIds: [], dealId: 'd' });
    expect(ownershipOf('offers', { sellerId: 's' })).toEqual({ customerIds: [] });
  });
});

describe('jsonEqual', () => {
  it('ignores object key order but not array order or types', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { deviceTag, formatDealNumber, parseDealNumber } from '../../../../shared/deals';

describe('deal numbers', () => {
  it('reads prefix, market date, device tag and a zero-padded sequence', () => {
    expect(formatDealNumber({ prefix: 'ZL', date: '2026-11-23', device: '3F9A', seq: 7 })).toBe('ZL-20261123-3F9A-007');
    expect(formatDealNumber({ prefix: 'ZLSD', date: '2026-01-02', device: '0000', seq: 1234 })).toBe('ZLSD-20260102-0000-1234');
  });

  it('parses back what it formats and nothing else', () => {
    const parts = { prefix: 'AB', date: '2026-12-06', device: 'BEEF', seq: 42 };
    expect(parseDealNumber(formatDealNumber(parts))).toEqual(parts);
    expect(parseDealNumber('ZL-20261123-001')).toBeUndefined();
    expect(parseDealNumber('zl-20261123-3F9A-001')).toBeUndefined();
  });

  it('refuses parts that would make an ambiguous number, saying which', () => {
    expect(() => formatDealNumber({ prefix: 'Z1', date: '2026-11-23', device: '3F9A', seq: 1 })).toThrow(/prefix "Z1"/);
    expect(() => formatDealNumber({ prefix: 'ZL', date: '23/11/2026', device: '3F9A', seq: 1 })).toThrow(/date/);
    expect(() => formatDealNumber({ prefix: 'ZL', date: '2026-11-23', device: 'XYZW', seq: 1 })).toThrow(/device tag/);
    expect(() => formatDealNumber({ prefix: 'ZL', date: '2026-11-23', device: '3F9A', seq: 0 })).toThrow(/sequence 0/);
  });

  it('sorts a day of one device in the order the numbers were given', () => {
    const numbers = [1, 2, 10, 100].map((seq) => formatDealNumber({ prefix: 'ZL', date: '2026-11-23', device: '3F9A', seq }));
    expect([...numbers].sort()).toEqual(numbers);
  });

  it('tags a device by the random tail of its id, so laptops set up the same hour differ', () => {
    expect(deviceTag('01937a3c-1d2e-7f00-8a00-00000000beef')).toBe('BEEF');
    expect(deviceTag('01937a3c-1d2e-7f00-8a00-000000001234')).not.toBe(deviceTag('01937a3c-1d2e-7f00-8a00-000000005678'));
  });
});

import { describe, expect, it } from 'vitest';
import { holidaysBetween } from '../../../../shared/calendar/holidays';

describe('holidaysBetween', () => {
  it('lists the fixed and the lunar holidays of a year in date order', () => {
    expect(holidaysBetween('2026-01-01', '2026-12-31')).toEqual([
      { code: 'new_year', on: '2026-01-01' },
      { code: 'spring_festival', on: '2026-02-17' },
      { code: 'qingming', on: '2026-04-05' },
      { code: 'labour_day', on: '2026-05-01' },
      { code: 'dragon_boat', on: '2026-06-19' },
      { code: 'mid_autumn', on: '2026-09-25' },
      { code: 'national_day', on: '2026-10-01' },
    ]);
  });

  it('includes both ends and crosses the turn of the year', () => {
    expect(holidaysBetween('2026-12-20', '2027-02-06')).toEqual([
      { code: 'new_year', on: '2027-01-01' },
      { code: 'spring_festival', on: '2027-02-06' },
    ]);
    expect(holidaysBetween('2026-10-02', '2026-12-31')).toEqual([]);
  });
});

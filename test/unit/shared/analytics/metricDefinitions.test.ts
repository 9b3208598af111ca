import { describe, expect, it } from 'vitest';
import { METRIC_DEFINITIONS, RFM_SEGMENT_NAMES } from '../../../../shared/analytics/metricDefinitions';
import { RFM_SEGMENTS } from '../../../../shared/analytics/rfm';

describe('METRIC_DEFINITIONS', () => {
  it('gives every metric a name and a definition in zh-CN and en', () => {
    for (const [id, { name, definition }] of Object.entries(METRIC_DEFINITIONS)) {
      for (const text of [name.zh, name.en, definition.zh, definition.en]) expect(text.trim(), id).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(name.zh + definition.zh), `${id} zh is Chinese`).toBe(true);
    }
  });

  it('states the numbers the code uses', () => {
    expect(METRIC_DEFINITIONS.returnWithin.name.en).toContain('30/60/90');
    expect(METRIC_DEFINITIONS.profitPareto.definition.zh).toContain('80%');
    expect(METRIC_DEFINITIONS.customerLifetimeValue.definition.en).toContain('at most 60 months');
  });

  it('names every RFM segment', () => {
    expect(Object.keys(RFM_SEGMENT_NAMES).sort()).toEqual([...RFM_SEGMENTS].sort());
  });
});

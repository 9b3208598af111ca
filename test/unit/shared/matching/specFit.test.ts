import { describe, expect, it } from 'vitest';
import { specFit } from '../../../../shared/matching/specFit';

const spec = (...dims: number[]) => ({ text: dims.join('*'), dims });

describe('specFit', () => {
  it('rebar: diameter exact; 9 m and 12 m interchangeable only when the buyer allows', () => {
    expect(specFit('rebar', spec(20, 9000), undefined, spec(20, 9000))).toBe('exact');
    expect(specFit('rebar', spec(20, 9000), undefined, spec(20, 12000))).toBeUndefined();
    expect(specFit('rebar', spec(20, 9000), { lengthsM: [9, 12] }, spec(20, 12000))).toBe('within_tolerance');
    expect(specFit('rebar', spec(20, 9000), { lengthsM: [9, 12] }, spec(22, 9000))).toBeUndefined();
    // A buyer who names no length takes any; an offer that names none may still do.
    expect(specFit('rebar', spec(20), undefined, spec(20, 12000))).toBe('exact');
    expect(specFit('rebar', spec(20, 9000), undefined, spec(20))).toBe('within_tolerance');
  });

  it('coil: thickness exact unless the buyer allows a deviation, width within the buyer range', () => {
    expect(specFit('hot_rolled_coil', spec(3, 1500), undefined, spec(3, 1500))).toBe('exact');
    expect(specFit('hot_rolled_coil', spec(3, 1500), undefined, spec(2.75, 1500))).toBeUndefined();
    expect(specFit('hot_rolled_coil', spec(3, 1500), { thicknessPlusMinusMm: 0.25 }, spec(2.75, 1500))).toBe('within_tolerance');
    expect(specFit('hot_rolled_coil', spec(3, 1500), undefined, spec(3, 1250))).toBeUndefined();
    expect(specFit('hot_rolled_coil', spec(3, 1500), { widthMinMm: 1250, widthMaxMm: 1500 }, spec(3, 1250))).toBe('within_tolerance');
    expect(specFit('hot_rolled_coil', spec(3, 1500), { widthMinMm: 1250, widthMaxMm: 1500 }, spec(3, 1800))).toBeUndefined();
    expect(specFit('hot_rolled_coil', spec(3), undefined, spec(3, 1800))).toBe('exact');
  });

  it('plate: length as asked; pipes: outer diameters within 1 mm are one size', () => {
    expect(specFit('plate', spec(20, 2200, 8000), undefined, spec(20, 2200, 10000))).toBeUndefined();
    expect(specFit('plate', spec(20, 2200), undefined, spec(20, 2200, 10000))).toBe('exact');
    expect(specFit('welded_pipe', spec(48.3, 3.5), undefined, spec(48, 3.5))).toBe('within_tolerance');
    expect(specFit('welded_pipe', spec(60.3), undefined, spec(60, 3.8))).toBe('within_tolerance');
    expect(specFit('welded_pipe', spec(48, 3.5), undefined, spec(50, 3.5))).toBeUndefined();
    expect(specFit('welded_pipe', spec(48, 3.5), { thicknessPlusMinusMm: 0.5 }, spec(48, 3.0))).toBe('within_tolerance');
  });

  it('sections: sizes exact, a missing variant letter is none', () => {
    expect(specFit('channel', spec(16), undefined, spec(16))).toBe('exact');
    expect(specFit('channel', spec(16), undefined, spec(16, 1))).toBeUndefined();
    expect(specFit('i_beam', spec(25, 1), undefined, spec(25, 1))).toBe('exact');
    expect(specFit('h_beam', spec(300, 150), undefined, spec(300, 150, 6.5, 9))).toBe('exact');
    expect(specFit('h_beam', spec(300, 150, 6.5, 9), undefined, spec(300, 150, 6.5, 10))).toBeUndefined();
  });
});

/**
 * Which offered grade may fill which requested grade (材质替代). Substitution is one-way where
 * the standard says so: a seismic rebar (HRB400E) meets everything a plain HRB400 must, not the
 * reverse; Q355 replaced Q345 in GB/T 1591-2018 with a higher yield; a structural steel of a
 * stricter quality letter (impact tested colder: A < B < C < D < E) fills a laxer one of the
 * same strength; a deeper-drawing cold-rolled or galvanised grade fills a commercial one.
 * Grades are compared in canonical form (see normaliseGrade).
 */

/** How an offered grade meets a requested one. */
export type GradeFit = 'exact' | 'substitute';

/** Explicit one-way substitutes: key may fill each grade of its list. */
const FILLS: Readonly<Record<string, readonly string[]>> = {
  HRB400E: ['HRB400'],
  HRB500E: ['HRB500'],
  HRB600E: ['HRB600'],
  HRBF400E: ['HRBF400'],
  HRBF500E: ['HRBF500'],
  // Commercial and drawing qualities of cold-rolled and galvanised sheet, EN and JIS names.
  DC01: ['SPCC'],
  SPCC: ['DC01'],
  DC03: ['DC01', 'SPCC', 'SPCD'],
  SPCD: ['DC01', 'SPCC', 'DC03'],
  DC04: ['DC01', 'SPCC', 'DC03', 'SPCD', 'SPCE'],
  SPCE: ['DC01', 'SPCC', 'DC03', 'SPCD', 'DC04'],
  'DX51D+Z': ['SGCC'],
  SGCC: ['DX51D+Z'],
  'DX52D+Z': ['DX51D+Z', 'SGCC'],
  'DX53D+Z': ['DX51D+Z', 'SGCC', 'DX52D+Z'],
  // Low-carbon stainless meets the plain grade's requirements.
  '304L': ['304'],
  '316L': ['316'],
};

/** Structural steels Q<yield><quality letter>. */
const STRUCTURAL = /^Q(\d{3})([A-E])?$/;

/** Yield strengths that replaced an older one: Q355 (GB/T 1591-2018) for Q345. */
const RENAMED_STRENGTH: Readonly<Record<string, string>> = { '355': '345' };

/**
 * `exact` when the grades are the same, `substitute` when the offered grade may stand in for the
 * requested one, `undefined` when it may not. Both arguments in canonical form.
 */
export function gradeFit(offered: string, requested: string): GradeFit | undefined {
  if (offered === requested) return 'exact';
  if (FILLS[offered]?.includes(requested)) return 'substitute';
  return structuralFills(offered, requested) ? 'substitute' : undefined;
}

function structuralFills(offered: string, requested: string): boolean {
  const o = STRUCTURAL.exec(offered);
  const r = STRUCTURAL.exec(requested);
  if (!o || !r) return false;
  const sameStrength = o[1] === r[1] || RENAMED_STRENGTH[o[1]!] === r[1];
  if (!sameStrength) return false;
  // A request without a quality letter accepts any; an offer without one proves none.
  if (r[2] === undefined) return true;
  return o[2] !== undefined && o[2] >= r[2];
}

/**
 * Theoretical steel weights (理论重量) in kg, the formulas the market uses. Inputs in mm, lengths
 * in m. Steel density 7.85 t/m³.
 */

/** Rebar and round bar, kg per metre: 0.00617 × d². */
export function barKgPerM(diameterMm: number): number {
  return 0.00617 * diameterMm * diameterMm;
}

/** Round pipe, kg per metre: (D − t) × t × 0.02466. */
export function pipeKgPerM(outerMm: number, wallMm: number): number {
  return (outerMm - wallMm) * wallMm * 0.02466;
}

/** Square or rectangular tube, kg per metre: (2(a + b) − 4t) × t × 0.00785. */
export function tubeKgPerM(aMm: number, bMm: number, wallMm: number): number {
  return (2 * (aMm + bMm) - 4 * wallMm) * wallMm * 0.00785;
}

/** One plate, kg: t × w × l × 7.85e-6 (all in mm). */
export function plateKg(thicknessMm: number, widthMm: number, lengthMm: number): number {
  return thicknessMm * widthMm * lengthMm * 7.85e-6;
}

/** A bundle of whole bars near `targetKg` (at least one bar), kg. */
export function bundleKg(barKg: number, targetKg: number): number {
  return Math.max(1, Math.round(targetKg / barKg)) * barKg;
}

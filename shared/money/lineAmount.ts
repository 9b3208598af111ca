/**
 * The amount of a goods line in fen: price per tonne × weight, rounded half up to the fen
 * (`round(priceFenPerTon × weightKg / 1000)`). Exact for any safe-integer inputs: products beyond
 * 2^53 are computed with BigInt.
 */
export function lineAmountFen(priceFenPerTon: number, weightKg: number): number {
  if (!Number.isSafeInteger(priceFenPerTon) || !Number.isSafeInteger(weightKg) || weightKg < 0) {
    throw new RangeError(`line amount needs whole fen and whole non-negative kg, got ${priceFenPerTon} fen/t × ${weightKg} kg`);
  }
  const sign = priceFenPerTon < 0 ? -1 : 1;
  const product = Math.abs(priceFenPerTon) * weightKg;
  if (Number.isSafeInteger(product + 500)) return sign * Math.floor((product + 500) / 1000);
  const exact = (BigInt(Math.abs(priceFenPerTon)) * BigInt(weightKg) + 500n) / 1000n;
  return sign * Number(exact);
}

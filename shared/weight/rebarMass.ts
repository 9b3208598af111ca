/**
 * Nominal mass of ribbed bars per metre, in grams, by nominal diameter in mm (GB/T 1499.2-2018
 * table 1; the same values apply to plain bars, GB/T 1499.1). Grams keep the arithmetic in integers.
 * The table values are 0.00617 × d² kg/m rounded to three significant figures, as the standard prints them.
 */
export const REBAR_GRAMS_PER_METRE: Readonly<Record<number, number>> = {
  6: 222,
  8: 395,
  10: 617,
  12: 888,
  14: 1210,
  16: 1580,
  18: 2000,
  20: 2470,
  22: 2980,
  25: 3850,
  28: 4830,
  32: 6310,
  36: 7990,
  40: 9870,
  50: 15420,
};

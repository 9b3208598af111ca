import { yuanToFen } from '../money/fen';
import type { LineScanner } from './lineScanner';
import type { ProblemCode } from './listingTypes';

/** A price read from a line, or what was wrong with it. */
export interface PriceReading {
  fenPerTon?: number;
  issues: Array<{ code: ProblemCode; fragment: string }>;
}

const NUM = String.raw`\d+(?:\.\d+)?`;
const PER = String.raw`\s*元?\s*(?:/|每|一)\s*`;

/** A price with its unit: `3560元/吨`, `3.56元/公斤`, `1.8元一斤`; group 2 is the unit. */
const PER_UNIT = new RegExp(`(?<![\\d.])(${NUM})${PER}(公斤|KG|千克|斤|吨|T(?![A-Z]))`, 'g');
/** Units of a price per unit, in a tonne. */
const UNITS_PER_TON: Readonly<Record<string, number>> = { 公斤: 1000, KG: 1000, 千克: 1000, 斤: 2000, 吨: 1, T: 1 };
/** A labelled price: `单价:3560`, `@3560`, `¥3560`, `目标价3500`. */
const LABELLED = new RegExp(`(?:目标价|目标|限价|心理价|价格|单价|报价|售价|价|@|¥)\\s*:?\\s*(${NUM})\\s*元?`, 'g');

/** `3.2元`: a bare yuan amount; below 100 it can only be yuan per kg. */
const YUAN = new RegExp(`(?<![\\d.])(${NUM})\\s*元`, 'g');
const PER_KG_BELOW_YUAN = 100;

/** A lone 4-5 digit number, the way most stock lists write the price (`56吨 3560`). */
const BARE = /(?<![\d.*#Φ/-])(\d{4,5}(?:\.\d{1,2})?)(?![\d.*#%])/g;

/** Prices per tonne outside ¥1,000–¥100,000 are almost certainly misread. */
const PLAUSIBLE_FEN = { min: 100_000, max: 10_000_000 } as const;

/** Reads a price written with a unit or a label (`3560元/吨`, `单价3560`, `3.56元/公斤`, `3560元`). */
export function readExplicitPrice(scan: LineScanner): PriceReading {
  const found: Array<{ index: number; fen: number; fragment: string; perKgAssumed: boolean }> = [];
  for (const match of scan.takeAll(PER_UNIT, /[/每一]/)) found.push(priceAt(match, UNITS_PER_TON[match[2]!]!, false));
  for (const match of scan.takeAll(LABELLED, /[价目限@¥]/)) found.push(priceAt(match, 1, false));
  for (const match of scan.takeAll(YUAN, /元/)) {
    const perKg = Number(match[1]) < PER_KG_BELOW_YUAN;
    found.push(priceAt(match, perKg ? 1000 : 1, perKg));
  }
  return summarise(found.sort((a, b) => a.index - b.index));
}

/** Reads a lone number as the price; call it after spec and quantity are taken. */
export function readBarePrice(scan: LineScanner): PriceReading {
  return summarise(scan.takeAll(BARE, /\d{4}/).map((match) => priceAt(match, 1, false)));
}

function priceAt(match: RegExpExecArray, unitsPerTon: number, perKgAssumed: boolean) {
  const fen = yuanToFen(match[1]!);
  return { index: match.index, fen: fen === undefined ? Number.NaN : fen * unitsPerTon, fragment: match[0].trim(), perKgAssumed };
}

function summarise(found: ReadonlyArray<{ fen: number; fragment: string; perKgAssumed: boolean }>): PriceReading {
  const first = found[0];
  if (!first) return { issues: [] };
  const issues: PriceReading['issues'] = [];
  if (found.length > 1) issues.push({ code: 'several_prices', fragment: found.map((f) => f.fragment).join(' ') });
  if (first.perKgAssumed) issues.push({ code: 'price_per_kg_assumed', fragment: first.fragment });
  const fenPerTon = first.fen;
  if (!(fenPerTon >= PLAUSIBLE_FEN.min && fenPerTon <= PLAUSIBLE_FEN.max)) {
    issues.push({ code: 'implausible_price', fragment: first.fragment });
    return { issues };
  }
  return { fenPerTon, issues };
}

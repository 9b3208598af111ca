import { tonsToKg } from '../weight/tons';
import type { LineScanner } from './lineScanner';

const NUM = String.raw`\d+(?:\.\d+)?`;

/** `50吨`, `50T`, `32.456吨`, `50-100吨` (a range: the larger figure is what may be traded). 约 and 左右 are filler. */
const TONNES = new RegExp(`(?<![\\d.])(${NUM})(?:\\s*[-~至到]\\s*(${NUM}))?\\s*(?:吨|T(?![A-Z]))`);

/** `12件`, `200支`: count and unit. 件/捆/包 are bundles; 支/根/张/块 single bars or sheets; 卷 coils. */
const PIECES = /(?<![\d.])(\d+)\s*(件|支|根|张|块|捆|卷|条|包)/;

/** The quantity of the line in kg, if it gives one in tonnes. */
export function readQuantityKg(scan: LineScanner): number | undefined {
  const match = scan.take(TONNES, /[吨T]/);
  if (!match) return undefined;
  const kgs = [match[1], match[2]].map((tons) => (tons === undefined ? undefined : tonsToKg(tons))).filter((kg) => kg !== undefined);
  return kgs.length > 0 ? Math.max(...kgs) : undefined;
}

/** The number of pieces and their unit, if the line counts them. */
export function readPieces(scan: LineScanner): { count: number; unit: string } | undefined {
  const match = scan.take(PIECES, /[件支根张块捆卷条包]/);
  if (!match) return undefined;
  const count = Number(match[1]);
  return Number.isSafeInteger(count) ? { count, unit: match[2]! } : undefined;
}

import { normaliseBrand } from '../catalogue/brands';
import { CATEGORIES, type CategoryCode } from '../catalogue/categories';
import { CATEGORY_WORDS } from '../catalogue/categoryWords';
import type { Weighing } from '../model';
import { classifyOther } from './classifyOther';
import { inferCategory } from './inferCategory';
import { interpretSpec } from './interpretSpec';
import { leftover } from './leftover';
import { LineScanner } from './lineScanner';
import type { CategorySource, ListingKind, ListingLine, ListingLocation, ParseProblem, SkipReason } from './listingTypes';
import { normaliseLine } from './normaliseLine';
import { problem } from './problems';
import { readGrades } from './readGrades';
import { readPlaceNames, readWarehouse } from './readPlaces';
import { readBarePrice, readExplicitPrice } from './readPrice';
import { readPieces, readQuantityKg } from './readQuantity';
import { mayStateWeighingOrTax, readTax, readWeighing, takeDates, takePhones } from './readMarkers';
import { FINISH, readSpec } from './readSpec';
import { findBrand, findCategoryWord } from './finders';
import type { WordFinder } from './wordFinder';

/** What headings and notes above a line say about it (【螺纹钢】, 沙钢：, 以下价格不含税). */
export interface ListingContext {
  category?: CategoryCode;
  grade?: string;
  brand?: string;
  location: ListingLocation;
  weighing?: Weighing;
  taxIncluded?: boolean;
}

/** One line read: goods, a skipped line (possibly setting context for the lines below), or unreadable. */
export type LineReading =
  | { type: 'blank' }
  | { type: 'goods'; line: ListingLine; taxStated: boolean }
  | { type: 'skipped'; reason: SkipReason; sets: Partial<ListingContext>; taxAppliesAbove: boolean }
  | { type: 'unreadable'; problem: ParseProblem };

const CODE_BY_WORD = new Map(CATEGORY_WORDS.map(({ word, code }) => [word, code]));

/**
 * Reads one line of a pasted listing. Readers take their part out of the line in an order that
 * keeps them from stealing each other's numbers and names: markers (理计, 含税, dates, phones),
 * category word, warehouse, mill, grades, prices with a unit or label, tonnes and pieces, spec,
 * places, and last a lone number as the price. Whatever is left is reported as not understood.
 */
export function readLine(text: string, lineNumber: number, kind: ListingKind, context: ListingContext): LineReading {
  const normalised = normaliseLine(text);
  if (normalised.trim() === '') return { type: 'blank' };
  const scan = new LineScanner(normalised);
  const markers = mayStateWeighingOrTax(normalised);
  const weighing = markers ? readWeighing(scan) : undefined;
  const taxIncluded = markers ? readTax(scan) : undefined;
  takeDates(scan);
  takePhones(scan);
  const categoryWord = takeWord(scan, findCategoryWord);
  const warehouse = readWarehouse(scan);
  const brandWords = takeWords(scan, findBrand).map(normaliseBrand);
  const brandWord = brandWords[0];
  const wordCategory = categoryWord === undefined ? undefined : CODE_BY_WORD.get(categoryWord);
  const contextCategory = wordCategory ?? context.category;
  const stainless = contextCategory === 'stainless' || (contextCategory === undefined && FINISH.test(scan.remaining));
  const grades = readGrades(scan, contextCategory, stainless);
  const explicitPrice = readExplicitPrice(scan);
  const quantityKg = readQuantityKg(scan);
  const pieces = readPieces(scan);
  const specReading = readSpec(scan, contextCategory, stainless);
  const places = readPlaceNames(scan, warehouse);
  const price = explicitPrice.fenPerTon === undefined && explicitPrice.issues.length === 0 ? readBarePrice(scan) : explicitPrice;
  const unread = leftover(scan.remaining);

  const hasSpec =
    specReading.chain !== undefined || specReading.section !== undefined || specReading.finish !== undefined || specReading.thicknessMm !== undefined;
  const hasTrade = quantityKg !== undefined || price.fenPerTon !== undefined;
  const isGoods = hasSpec || ((grades.length > 0 || wordCategory !== undefined) && hasTrade);
  if (!isGoods) {
    const sets = contextFrom(wordCategory, grades[0], brandWord, places.location, weighing, taxIncluded);
    const namesGoods = wordCategory !== undefined || brandWord !== undefined || grades.length > 0;
    const reason = namesGoods || places.location.city !== undefined ? 'header' : classifyOther(normalised);
    if (reason === undefined) return { type: 'unreadable', problem: problem('unreadable_line', lineNumber, text.trim()) };
    return { type: 'skipped', reason, sets, taxAppliesAbove: taxIncluded !== undefined && normalised.includes('以上') };
  }

  const grade = grades[0] ?? context.grade;
  const category = resolveCategory(wordCategory, context.category, () => inferCategory(grade, specReading));
  const problems: ParseProblem[] = [];
  const line: ListingLine = {
    lineNumber,
    text,
    kind,
    alternativeGrades: grades.slice(1),
    alternativeBrands: brandWords.slice(1),
    location: { ...context.location, ...places.location },
    taxIncluded: taxIncluded ?? context.taxIncluded ?? true,
    problems,
  };
  if (category) line.category = { code: category.code, zh: CATEGORIES[category.code].zh, source: category.source };
  else problems.push(problem('unknown_category', lineNumber, specReading.chain?.fragment ?? normalised.trim()));
  if (grade !== undefined) line.grade = grade;
  const brand = brandWord ?? context.brand;
  if (brand !== undefined) line.brand = brand;
  if (places.deliveryCity !== undefined) line.deliveryCity = places.deliveryCity;
  if (quantityKg !== undefined) line.quantityKg = quantityKg;
  if (pieces !== undefined) line.pieces = pieces;
  const lineWeighing = weighing ?? context.weighing;
  if (lineWeighing !== undefined) line.weighing = lineWeighing;
  if (price.fenPerTon !== undefined) line.priceFenPerTon = price.fenPerTon;
  for (const issue of price.issues) problems.push(problem(issue.code, lineNumber, issue.fragment));

  const interpretation = category ? interpretSpec(category.code, specReading) : undefined;
  if (interpretation && 'notUnderstood' in interpretation) {
    problems.push(problem('spec_not_understood', lineNumber, interpretation.notUnderstood));
  } else if (interpretation) {
    line.spec = interpretation.spec;
    if (interpretation.tolerance && kind === 'request') line.tolerance = interpretation.tolerance;
  } else if (category) {
    problems.push(problem('missing_spec', lineNumber));
  }
  if (line.grade === undefined) problems.push(problem('missing_grade', lineNumber));
  if (line.quantityKg === undefined && (kind === 'request' || line.pieces === undefined)) problems.push(problem('missing_quantity', lineNumber));
  if (kind === 'offer' && line.priceFenPerTon === undefined && !price.issues.length) problems.push(problem('missing_price', lineNumber));
  if (unread) problems.push(problem('unread_text', lineNumber, unread));
  return { type: 'goods', line, taxStated: taxIncluded !== undefined };
}

function takeWord(scan: LineScanner, find: WordFinder): string | undefined {
  const found = find(scan.remaining);
  if (!found) return undefined;
  scan.blank(found.index, found.word.length);
  return found.word;
}

function takeWords(scan: LineScanner, find: WordFinder): string[] {
  const words: string[] = [];
  for (let word = takeWord(scan, find); word !== undefined; word = takeWord(scan, find)) words.push(word);
  return [...new Set(words)];
}

function resolveCategory(
  word: CategoryCode | undefined,
  heading: CategoryCode | undefined,
  infer: () => CategoryCode | undefined,
): { code: CategoryCode; source: CategorySource } | undefined {
  if (word) return { code: word, source: 'word' };
  if (heading) return { code: heading, source: 'header' };
  const inferred = infer();
  return inferred ? { code: inferred, source: 'inferred' } : undefined;
}

function contextFrom(
  category: CategoryCode | undefined,
  grade: string | undefined,
  brand: string | undefined,
  location: ListingLocation,
  weighing: Weighing | undefined,
  taxIncluded: boolean | undefined,
): Partial<ListingContext> {
  return {
    ...(category !== undefined ? { category } : {}),
    ...(grade !== undefined ? { grade } : {}),
    ...(brand !== undefined ? { brand } : {}),
    ...(location.city !== undefined || location.warehouse !== undefined ? { location } : {}),
    ...(weighing !== undefined ? { weighing } : {}),
    ...(taxIncluded !== undefined ? { taxIncluded } : {}),
  };
}

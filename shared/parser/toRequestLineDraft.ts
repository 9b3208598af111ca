import type { RequestLine } from '../model';
import { missingFields, type DraftField, type DraftResult } from './draftResult';
import type { ListingLine } from './listingTypes';

/** A request line before the store gives it an id. */
export type RequestLineDraft = Omit<RequestLine, 'lineId'>;

/**
 * A request-line draft from a parsed buyer's line: the grades named (the first asked, the others
 * accepted), spec and tolerance, the mills named as preferences, delivery city, tonnes and target price.
 * Refuses, naming the fields, a line without category, grade, spec or quantity.
 */
export function toRequestLineDraft(line: ListingLine): DraftResult<RequestLineDraft> {
  const code = line.category?.code;
  const missing: DraftField[] = [];
  if (code === undefined) missing.push('category');
  if (line.grade === undefined) missing.push('grade');
  if (line.spec === undefined) missing.push('spec');
  if (!line.quantityKg) missing.push('quantity');
  if (code === undefined || line.grade === undefined || !line.spec || !line.quantityKg) return missingFields(line.lineNumber, missing);
  const draft: RequestLineDraft = {
    category: code,
    grades: [line.grade, ...line.alternativeGrades],
    spec: line.spec,
    weightKg: line.quantityKg,
    sourceText: line.text,
  };
  if (line.tolerance) draft.tolerance = line.tolerance;
  if (line.brand !== undefined) draft.brands = [line.brand, ...line.alternativeBrands];
  if (line.deliveryCity !== undefined) draft.deliveryCity = line.deliveryCity;
  if (line.priceFenPerTon !== undefined) draft.targetPriceFenPerTon = line.priceFenPerTon;
  return { ok: true, draft };
}

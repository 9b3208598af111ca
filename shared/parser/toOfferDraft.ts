import { CATEGORIES, type CategoryCode } from '../catalogue/categories';
import type { Offer } from '../model';
import { theoreticalWeight } from '../weight/theoreticalWeight';
import { missingFields, type DraftField, type DraftResult } from './draftResult';
import type { ListingLine } from './listingTypes';

/** An offer before the store gives it an id. */
export type OfferDraft = Omit<Offer, 'id'>;

/** What a parsed line does not say but an offer needs. */
export interface OfferDraftDefaults {
  sellerId: string;
  /** Shared by every offer of one pasted list. */
  listingId?: string;
  /** `YYYY-MM-DD`: stock lists are usually valid for the day they are sent. */
  validUntil: string;
  /** ISO date-time with offset. */
  postedAt: string;
}

/** Counted in single pieces (not bundles or coils), so a theoretical weight can be computed. */
const SINGLE_PIECE_UNITS = new Set(['支', '根', '张', '块', '条']);

/**
 * An offer draft from a parsed stock-list line. The quantity is the line's tonnes, or when it
 * only counts single pieces (`12张`, `200支`) their theoretical weight (then sold 理计). Weighing
 * not stated takes the category's market default. Refuses, naming the fields, a line without
 * category, grade, spec, quantity or price.
 */
export function toOfferDraft(line: ListingLine, defaults: OfferDraftDefaults): DraftResult<OfferDraft> {
  const code = line.category?.code;
  const weightFromPieces = line.quantityKg === undefined ? piecesWeightKg(line, code) : undefined;
  const availableKg = line.quantityKg ?? weightFromPieces;
  const missing: DraftField[] = [];
  if (code === undefined) missing.push('category');
  if (line.grade === undefined) missing.push('grade');
  if (line.spec === undefined) missing.push('spec');
  if (availableKg === undefined) missing.push('quantity');
  if (line.priceFenPerTon === undefined) missing.push('price');
  if (code === undefined || line.grade === undefined || !line.spec || availableKg === undefined || line.priceFenPerTon === undefined) {
    return missingFields(line.lineNumber, missing);
  }
  const draft: OfferDraft = {
    sellerId: defaults.sellerId,
    category: code,
    grade: line.grade,
    spec: line.spec,
    availableKg,
    weighing: line.weighing ?? (weightFromPieces !== undefined ? 'theoretical' : CATEGORIES[code].defaultWeighing),
    priceFenPerTon: line.priceFenPerTon,
    taxIncluded: line.taxIncluded,
    validUntil: defaults.validUntil,
    status: 'open',
    postedAt: defaults.postedAt,
    sourceText: line.text,
  };
  if (defaults.listingId !== undefined) draft.listingId = defaults.listingId;
  if (line.brand !== undefined) draft.brand = line.brand;
  if (line.location.warehouse !== undefined) draft.warehouse = line.location.warehouse;
  if (line.location.city !== undefined) draft.city = line.location.city;
  if (line.pieces !== undefined) draft.pieces = line.pieces.count;
  return { ok: true, draft };
}

function piecesWeightKg(line: ListingLine, code: CategoryCode | undefined): number | undefined {
  if (code === undefined || !line.spec || !line.pieces || !SINGLE_PIECE_UNITS.has(line.pieces.unit)) return undefined;
  try {
    const kg = theoreticalWeight({ category: code, dims: line.spec.dims, pieces: line.pieces.count });
    return kg > 0 ? kg : undefined;
  } catch {
    // No length or no formula for this category: the broker enters the tonnes.
    return undefined;
  }
}

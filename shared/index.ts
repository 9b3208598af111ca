/**
 * SteelDesk's shared public API: pure TypeScript used by the renderer, the Electron main process
 * and the office hub alike. Money is integer fen, weight integer kg throughout.
 *
 * Others may append export lines for their modules below the domain core.
 */

// Steel catalogue: categories, spec dims layout, grades and substitution, mills, places.
export { CATEGORIES, CATEGORY_CODES, type CategoryCode, type CategoryInfo } from './catalogue/categories';
export { SPEC_LAYOUTS, SECTION_VARIANTS, type DimRole } from './catalogue/specLayout';
export { formatSpec, type SpecNotation } from './catalogue/formatSpec';
export { DN_OUTER_DIAMETER_MM, INCH_NAME_DN } from './catalogue/pipeSizes';
export { normaliseGrade } from './catalogue/grades';
export { gradeFit, type GradeFit } from './catalogue/gradeSubstitution';
export { BRAND_ALIASES, normaliseBrand } from './catalogue/brands';
export { cityOfPlace, distanceKm, findCity } from './catalogue/places';
export type { LocalText } from './catalogue/localText';

// Listing parser: WeChat stock lists and buyer requests to lines, and lines to record drafts.
export { parseListing } from './parser/parseListing';
export type {
  CategorySource,
  ListingKind,
  ListingLine,
  ListingLocation,
  ParsedListing,
  ParseProblem,
  ProblemCode,
  ProblemSeverity,
  SkippedLine,
  SkipReason,
} from './parser/listingTypes';
export { toOfferDraft, type OfferDraft, type OfferDraftDefaults } from './parser/toOfferDraft';
export { toRequestLineDraft, type RequestLineDraft } from './parser/toRequestLineDraft';
export type { DraftField, DraftResult } from './parser/draftResult';

// Matching and allocation.
export { createOfferIndex, type OfferIndex } from './matching/offerIndex';
export { rankOffers } from './matching/rankOffers';
export { allocate, type AllocatableRequest, type Allocation, type AllocationContext, type AllocationResult, type LineOutcome } from './matching/allocate';
export { specFit } from './matching/specFit';
export { SCORE } from './matching/scoreOffer';
export type { BrandFit, Candidate, MatchableOffer, MatchableRequestLine, MatchContext, MatchExplanation, SpecFit } from './matching/matchTypes';

// Pricing.
export { quote, type QuoteComponent, type QuoteConditions, type QuoteDelivery, type QuoteLine, type QuoteResult } from './pricing/quote';
export { DEFAULT_PRICING_TABLES } from './pricing/defaultPricingTables';
export type { PricingTables, SpecBand } from './pricing/pricingTables';

// Money and weight.
export { amountInWords, MAX_AMOUNT_FEN } from './money/amountInWords';
export { formatFen, yuanToFen } from './money/fen';
export { lineAmountFen } from './money/lineAmount';
export { theoreticalWeight, type TheoreticalWeightInput } from './weight/theoreticalWeight';
export { REBAR_GRAMS_PER_METRE } from './weight/rebarMass';
export { formatTons, tonsToKg } from './weight/tons';

// Customer book engines (stages, lifecycle phases, grades, cross-sell), customer search,
// analytics metrics and the deterministic demo book: each module has its own index.
export * as customers from './customers';
export * as search from './search';
export * as analytics from './analytics';
export * as demo from './demo';

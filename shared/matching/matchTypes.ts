import type { LocalText } from '../catalogue/localText';
import type { GradeFit } from '../catalogue/gradeSubstitution';
import type { Offer, RequestLine } from '../model';

/** What matching reads of an offer: the model's `Offer`, or any object with these fields. */
export type MatchableOffer = Pick<Offer, 'id' | 'category' | 'grade' | 'spec' | 'availableKg' | 'priceFenPerTon'> &
  Partial<Pick<Offer, 'sellerId' | 'brand' | 'warehouse' | 'city' | 'validUntil' | 'status'>>;

/** What matching reads of a request line: the model's `RequestLine`, or any object with these fields. */
export type MatchableRequestLine = Pick<RequestLine, 'category' | 'grades' | 'spec' | 'weightKg'> &
  Partial<Pick<RequestLine, 'lineId' | 'tolerance' | 'brands' | 'deliveryCity' | 'targetPriceFenPerTon'>>;

/** How an offer's spec meets the request: the same, or different within the buyer's tolerance. */
export type SpecFit = 'exact' | 'within_tolerance';

/** How the offer's mill meets the buyer's preference: one of the mills asked, another, or no preference given. */
export type BrandFit = 'preferred' | 'other' | 'any';

/** Why an offer ranks where it does, as data and as sentences a broker reads. */
export interface MatchExplanation {
  grade: GradeFit;
  /** The requested grade the offer meets (the offer's own when exact). */
  gradeAsked: string;
  spec: SpecFit;
  brand: BrandFit;
  /** Offer price minus the buyer's target, fen per tonne (negative: under target). Absent without a target. */
  priceGapFenPerTon?: number;
  /** Straight-line km from the offer's city to the delivery city, when both are known. */
  distanceKm?: number;
  /** How much of the line this offer can fill, kg. */
  fillsKg: number;
  reasons: LocalText[];
}

/** One candidate offer for a request line. Scores are comparable within one request line only. */
export interface Candidate<O extends MatchableOffer = MatchableOffer> {
  offer: O;
  /** 0–110: grade 30, spec 25, price 20, distance 15, mill 10, quantity 10. */
  score: number;
  explanation: MatchExplanation;
}

/** What ranking needs besides the line and the offers. */
export interface MatchContext {
  /** `YYYY-MM-DD`: offers valid until before this day are left out. */
  today: string;
  /** How many candidates to return, best first. Default 20. */
  limit?: number;
  /** The buyer: its own offers are never its candidates (see `isOwnOffer`). */
  buyerId?: string;
}

import type { CategoryCode } from '../catalogue/categories';
import type { LocalText } from '../catalogue/localText';
import type { Spec, SpecTolerance, Weighing } from '../model';

/** Whether a pasted text is a seller's stock list (货源) or a buyer's request (求购). */
export type ListingKind = 'offer' | 'request';

/** `error`: the line cannot become an offer or request as it stands; `warning`: it can, check it. */
export type ProblemSeverity = 'error' | 'warning';

export type ProblemCode =
  | 'unreadable_line'
  | 'unknown_category'
  | 'spec_not_understood'
  | 'missing_spec'
  | 'missing_grade'
  | 'missing_quantity'
  | 'missing_price'
  | 'price_per_kg_assumed'
  | 'implausible_price'
  | 'several_prices'
  | 'unread_text';

/** Something the parser could not read or had to assume, with the line it is on. */
export interface ParseProblem {
  code: ProblemCode;
  severity: ProblemSeverity;
  /** 1-based line number in the pasted text. */
  lineNumber: number;
  /**
   * The part of the line concerned: the whole line as pasted for an unreadable line, otherwise the
   * fragment after normalisation (half-width, upper case).
   */
  fragment?: string;
  /** A sentence saying where and what, e.g. 第 3 行：看不懂“ABC”。 */
  message: LocalText;
}

/** Where a category came from: a word on the line, a heading above it, or the grade and spec. */
export type CategorySource = 'word' | 'header' | 'inferred';

/** Where goods are: a warehouse (乐从库) and/or the city it is in (佛山). */
export interface ListingLocation {
  warehouse?: string;
  city?: string;
}

/** One goods line of a pasted listing, normalised. Money in fen per tonne, weight in kg. */
export interface ListingLine {
  lineNumber: number;
  /** The line exactly as pasted. */
  text: string;
  kind: ListingKind;
  category?: { code: CategoryCode; zh: string; source: CategorySource };
  /** Normalised grade (材质), e.g. `HRB400E`; for requests the grade asked first. */
  grade?: string;
  /** Further grades the line names (`HRB400/HRB400E`): for requests, accepted alternatives. */
  alternativeGrades: string[];
  spec?: Spec;
  /** Requests: lengths, widths or thicknesses the buyer also accepts (`9/12m`). */
  tolerance?: SpecTolerance;
  /** Mill, canonical (沙钢 for 江苏沙钢). */
  brand?: string;
  /** Further mills the line names (`永钢/唐钢优先`): for requests, also preferred. */
  alternativeBrands: string[];
  location: ListingLocation;
  /** Requests: where the buyer wants the goods (送到杭州). */
  deliveryCity?: string;
  quantityKg?: number;
  /** Count of pieces and its unit as written (件, 支, 张...). */
  pieces?: { count: number; unit: string };
  weighing?: Weighing;
  /** Offers: the asking price; requests: the target price. Yuan per tonne × 100. */
  priceFenPerTon?: number;
  /** Prices are tax-inclusive (含税) unless the line or a note says otherwise. */
  taxIncluded: boolean;
  problems: ParseProblem[];
}

/** Why a line that is not goods was skipped. */
export type SkipReason = 'header' | 'date' | 'greeting' | 'contact' | 'note' | 'decoration';

export interface SkippedLine {
  lineNumber: number;
  text: string;
  reason: SkipReason;
}

/** The result of parsing a pasted text: goods lines, recognised non-goods lines, and unreadable ones. */
export interface ParsedListing {
  kind: ListingKind;
  lines: ListingLine[];
  skipped: SkippedLine[];
  /** Lines that are neither goods nor recognised headers, dates, greetings or notes. */
  unreadable: ParseProblem[];
}

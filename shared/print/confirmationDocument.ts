import type { CategoryCode } from '../catalogue/categories';
import type { Broker, Contact, Customer } from '../model/customer';
import type { Deal, DealStatus } from '../model/deal';
import { dealTotals } from '../model/dealTotals';
import type { Weighing } from '../model/primitives';
import type { DeliveryTerms, PaymentTerms } from '../model/terms';
import { amountInWords } from '../money/amountInWords';
import { lineAmountFen } from '../money/lineAmount';
import { formatScaledDecimal } from '../money/scaledDecimal';
import { confirmationParty, type ConfirmationParty } from './confirmationParty';

/** What a confirmation is made from: the deal, both parties with their contacts, and the broker. */
export interface ConfirmationInput {
  readonly deal: Deal;
  readonly buyer: Customer;
  readonly seller: Customer;
  /** Contacts of either party (others are ignored). */
  readonly contacts: readonly Contact[];
  readonly broker?: Broker;
  /** A reprint: the document is marked as a copy (副本 COPY). */
  readonly copy: boolean;
}

/** A goods line as printed. Figures are display strings (yuan, tonnes), computed exactly from fen and kg. */
export interface ConfirmationRow {
  readonly index: number;
  readonly category: CategoryCode;
  readonly grade: string;
  readonly spec: string;
  readonly brand?: string;
  readonly warehouse?: string;
  /** Tonnes with three decimals, `30.000`. */
  readonly tonnes: string;
  readonly pieces?: number;
  readonly weighing: Weighing;
  /** Yuan per tonne, `3,560.00`. */
  readonly pricePerTon: string;
  /** Yuan, `106,800.00`. */
  readonly amount: string;
}

export interface ConfirmationTotals {
  readonly tonnes: string;
  /** Pieces over the lines that state them; absent when none does. */
  readonly pieces?: number;
  readonly amountFen: number;
  /** Yuan, `106,800.00`. */
  readonly amount: string;
  /** 人民币大写, `壹拾万陆仟捌佰元整`. */
  readonly amountInWords: string;
}

/** The inputs of the clauses; the renderer words them in the document's language. */
export interface ConfirmationClauses {
  readonly delivery: DeliveryTerms;
  readonly payment: PaymentTerms & { readonly deposit?: string };
  /** 磅差: accepted difference between weighed and invoiced weight, per mille. */
  readonly tolerancePerMille: number;
  /** Days after delivery within which quality objections are accepted. */
  readonly objectionDays: number;
}

/** Everything printed on a deal confirmation (成交确认单), ready to lay out. */
export interface ConfirmationDocument {
  readonly number: string;
  readonly date: string;
  readonly status: DealStatus;
  readonly copy: boolean;
  readonly buyer: ConfirmationParty;
  readonly seller: ConfirmationParty;
  readonly broker?: string;
  readonly rows: readonly ConfirmationRow[];
  readonly totals: ConfirmationTotals;
  readonly clauses: ConfirmationClauses;
}

/** Integer fen as yuan with two decimals and thousands separators: `10680000` → `106,800.00`. */
const yuan = (fen: number): string => formatScaledDecimal(fen, 2, { groupThousands: true });
/** Integer kg as tonnes with three decimals: `30000` → `30.000`. */
const tonnes = (kg: number): string => formatScaledDecimal(kg, 3, { groupThousands: true });

/**
 * The confirmation of a deal. Each line amount is `lineAmountFen(price, weight)` and the total is
 * their sum (`dealTotals`), so the printed lines add up to the printed total, in figures and in words.
 * @throws Error when the customers given are not the deal's buyer and seller.
 */
export function confirmationDocument({ deal, buyer, seller, contacts, broker, copy }: ConfirmationInput): ConfirmationDocument {
  if (buyer.id !== deal.buyerId) throw new Error(`deal ${deal.number}: buyer ${buyer.id} is not the deal's buyer ${deal.buyerId}`);
  if (seller.id !== deal.sellerId) throw new Error(`deal ${deal.number}: seller ${seller.id} is not the deal's seller ${deal.sellerId}`);

  const totals = dealTotals(deal);
  const counted = deal.lines.filter((line) => line.pieces !== undefined);
  const pieces = counted.length > 0 ? counted.reduce((sum, line) => sum + line.pieces!, 0) : undefined;
  const rows = deal.lines.map((line, index): ConfirmationRow => ({
    index: index + 1,
    category: line.category,
    grade: line.grade,
    spec: line.spec.text,
    ...(line.brand ? { brand: line.brand } : {}),
    ...(line.warehouse ? { warehouse: line.warehouse } : {}),
    tonnes: tonnes(line.weightKg),
    ...(line.pieces !== undefined ? { pieces: line.pieces } : {}),
    weighing: line.weighing,
    pricePerTon: yuan(line.priceFenPerTon),
    amount: yuan(lineAmountFen(line.priceFenPerTon, line.weightKg)),
  }));

  const { depositFen } = deal.payment;
  return {
    number: deal.number,
    date: deal.dealOn,
    status: deal.status,
    copy,
    buyer: confirmationParty(buyer, contacts),
    seller: confirmationParty(seller, contacts),
    ...(broker ? { broker: broker.name } : {}),
    rows,
    totals: {
      tonnes: tonnes(totals.kg),
      ...(pieces !== undefined ? { pieces } : {}),
      amountFen: totals.amountFen,
      amount: yuan(totals.amountFen),
      amountInWords: amountInWords(totals.amountFen),
    },
    clauses: {
      delivery: deal.delivery,
      payment: { ...deal.payment, ...(depositFen !== undefined ? { deposit: yuan(depositFen) } : {}) },
      tolerancePerMille: deal.tolerancePerMille,
      objectionDays: deal.objectionDays,
    },
  };
}

import type { Deal } from '../../../../shared/model';
import { formatScaledDecimal } from '../../../../shared/money/scaledDecimal';
import { yuanToFen } from '../../../../shared/money/fen';
import type { TermsInput } from './DealTermsFields';

export type AgreedTermsPart = Pick<Deal, 'delivery' | 'payment' | 'tolerancePerMille' | 'objectionDays' | 'commission'>;

const yuan = (fen: number) => formatScaledDecimal(fen, 2, { minDecimals: fen % 100 === 0 ? 0 : 2 });

/** A deal's terms as form text. */
export function termsToInput(terms: AgreedTermsPart): TermsInput {
  const { delivery, payment, commission } = terms;
  return {
    deliveryMethod: delivery.method,
    warehouse: delivery.warehouse ?? '',
    address: delivery.address ?? '',
    from: delivery.from,
    to: delivery.to,
    paymentMethod: payment.method,
    creditDays: payment.creditDays === undefined ? '30' : String(payment.creditDays),
    prepaymentPercent: payment.prepaymentPercent === undefined ? '30' : String(payment.prepaymentPercent),
    depositYuan: payment.depositFen === undefined ? '' : yuan(payment.depositFen),
    tolerancePerMille: String(terms.tolerancePerMille),
    objectionDays: String(terms.objectionDays),
    commissionKind: commission.kind,
    commissionYuanPerTon: commission.fenPerTon === undefined ? '' : yuan(commission.fenPerTon),
  };
}

/** What can be wrong with a typed term, as its message key. */
export type TermsErrorKey =
  | 'deals.errors.date'
  | 'deals.errors.dateOrder'
  | 'deals.errors.creditDays'
  | 'deals.errors.percent'
  | 'deals.errors.money'
  | 'deals.errors.tolerance'
  | 'deals.errors.days';

export type TermsErrorKeys = Partial<Record<keyof TermsInput, TermsErrorKey>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : undefined;
}

/**
 * The terms from form text, or for each field that does not read, the i18n key of what is wrong
 * (shown beside the field; nothing is saved while any remains).
 */
export function termsFromInput(input: TermsInput): { ok: true; terms: AgreedTermsPart } | { ok: false; errors: TermsErrorKeys } {
  const errors: TermsErrorKeys = {};
  if (!DATE.test(input.from)) errors.from = 'deals.errors.date';
  if (!DATE.test(input.to)) errors.to = 'deals.errors.date';
  if (DATE.test(input.from) && DATE.test(input.to) && input.to < input.from) errors.to = 'deals.errors.dateOrder';
  const creditDays = wholeNumber(input.creditDays, 1, 365);
  if (input.paymentMethod === 'credit' && creditDays === undefined) errors.creditDays = 'deals.errors.creditDays';
  const prepaymentPercent = wholeNumber(input.prepaymentPercent, 1, 100);
  if (input.paymentMethod === 'prepayment' && prepaymentPercent === undefined) errors.prepaymentPercent = 'deals.errors.percent';
  const depositFen = input.depositYuan.trim() === '' ? undefined : yuanToFen(input.depositYuan.trim());
  if (input.depositYuan.trim() !== '' && depositFen === undefined) errors.depositYuan = 'deals.errors.money';
  const tolerancePerMille = wholeNumber(input.tolerancePerMille, 0, 50);
  if (tolerancePerMille === undefined) errors.tolerancePerMille = 'deals.errors.tolerance';
  const objectionDays = wholeNumber(input.objectionDays, 0, 365);
  if (objectionDays === undefined) errors.objectionDays = 'deals.errors.days';
  const commissionFen = yuanToFen(input.commissionYuanPerTon.trim());
  if (input.commissionKind === 'per_ton' && commissionFen === undefined) errors.commissionYuanPerTon = 'deals.errors.money';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const delivery: Deal['delivery'] = { method: input.deliveryMethod, from: input.from, to: input.to };
  if (input.warehouse.trim()) delivery.warehouse = input.warehouse.trim();
  if (input.deliveryMethod === 'delivery' && input.address.trim()) delivery.address = input.address.trim();
  const payment: Deal['payment'] = { method: input.paymentMethod };
  if (input.paymentMethod === 'credit') payment.creditDays = creditDays!;
  if (input.paymentMethod === 'prepayment') payment.prepaymentPercent = prepaymentPercent!;
  if (depositFen !== undefined) payment.depositFen = depositFen;
  const commission: Deal['commission'] = input.commissionKind === 'per_ton' ? { kind: 'per_ton', fenPerTon: commissionFen! } : { kind: 'spread' };
  return { ok: true, terms: { delivery, payment, tolerancePerMille: tolerancePerMille!, objectionDays: objectionDays!, commission } };
}

/** The error keys as texts for the fields. */
export function termErrorTexts(errors: TermsErrorKeys, t: (key: TermsErrorKey) => string): Partial<Record<keyof TermsInput, string>> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]));
}

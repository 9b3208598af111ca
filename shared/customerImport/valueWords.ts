import { normalizeForSearch } from '../search/normalizeForSearch';
import type { Customer } from '../model/customer';

type CustomerType = Customer['type'];
type PaymentMethod = NonNullable<Customer['paymentPreference']>;

/** How files write customer types; the first word of each language is what an export writes. */
export const TYPE_WORDS: Readonly<Record<CustomerType, { zh: readonly string[]; en: readonly string[] }>> = {
  buyer: { zh: ['买方', '买家', '采购商', '客户'], en: ['buyer', 'customer'] },
  seller: { zh: ['卖方', '卖家', '供应商', '钢厂'], en: ['seller', 'supplier', 'mill'] },
  both: { zh: ['买卖兼营', '兼营', '买卖'], en: ['both', 'buyer and seller'] },
};

/** How files write payment preferences; the first word of each language is what an export writes. */
export const PAYMENT_WORDS: Readonly<Record<PaymentMethod, { zh: readonly string[]; en: readonly string[] }>> = {
  cash_before_delivery: { zh: ['款到发货', '现款', '现款现货', '现金'], en: ['cash before delivery', 'cash'] },
  prepayment: { zh: ['预付', '预付款', '定金'], en: ['prepayment', 'prepaid', 'deposit'] },
  credit: { zh: ['账期', '赊销', '月结'], en: ['credit', 'credit days', 'net'] },
};

/** The code whose words include `text` (normalised), or undefined. */
export function codeForWord<Code extends string>(words: Readonly<Record<Code, { zh: readonly string[]; en: readonly string[] }>>, text: string): Code | undefined {
  const wanted = normalizeForSearch(text);
  for (const code of Object.keys(words) as Code[]) {
    const { zh, en } = words[code];
    if ([...zh, ...en, code].some((word) => normalizeForSearch(word) === wanted)) return code;
  }
  return undefined;
}

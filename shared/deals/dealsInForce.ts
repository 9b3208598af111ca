import type { Amendment, Deal } from '../model/deal';
import { amendedTerms } from './dealAmendment';

/**
 * Every deal with its terms in force (`amendedTerms`): what the customer engines, the analytics
 * and the desk must count, since an amendment the customer agreed to changes what is delivered and
 * paid. Deals without amendments are returned as they are (no copy).
 */
export function dealsInForce<D extends Deal>(deals: readonly D[], amendments: ReadonlyArray<Pick<Amendment, 'dealId' | 'changes' | 'agreedAt'>>): D[] {
  if (amendments.length === 0) return [...deals];
  const byDeal = new Map<string, Array<Pick<Amendment, 'changes' | 'agreedAt'>>>();
  for (const amendment of amendments) {
    const list = byDeal.get(amendment.dealId);
    if (list) list.push(amendment);
    else byDeal.set(amendment.dealId, [amendment]);
  }
  return deals.map((deal) => {
    const own = byDeal.get(deal.id);
    return own ? amendedTerms(deal, own) : deal;
  });
}

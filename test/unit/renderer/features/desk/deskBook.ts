import type { BookContents } from '../../../../../renderer/src/app/AppServices';
import { uuidv7 } from '../../../../../shared/ids/uuidv7';
import { BUYER_ID, SELLER_ID, SMALL_BOOK } from '../../app/support/smallBook';

export const SECOND_SELLER_ID = uuidv7();
export const REQUEST_LINE_ID = uuidv7();

const rebar20 = { text: 'Φ20*9m', dims: [20, 9000] };

/**
 * The small book with a second seller offering 20 t of the same rebar, and the buyer's request
 * for 30 t of it (no deals yet): either offer can serve it, and the two together split it.
 */
export const DESK_BOOK: BookContents = {
  ...SMALL_BOOK,
  customers: [
    ...SMALL_BOOK.customers!,
    { id: SECOND_SELLER_ID, name: '佛山顺通钢材有限公司', shortName: '顺通钢材', type: 'seller', region: '华南', city: '佛山', phones: [], brokerId: 'zhang', categories: ['rebar'], tags: [] },
  ],
  offers: [
    ...SMALL_BOOK.offers!,
    {
      sellerId: SECOND_SELLER_ID,
      category: 'rebar',
      grade: 'HRB400E',
      spec: rebar20,
      brand: '永钢',
      warehouse: '乐从库',
      availableKg: 20000,
      weighing: 'theoretical',
      priceFenPerTon: 355000,
      taxIncluded: true,
      validUntil: '2026-11-30',
      status: 'open',
      postedAt: '2026-11-23T09:00:00+08:00',
    },
  ],
  requests: [
    {
      buyerId: BUYER_ID,
      brokerId: 'zhang',
      receivedAt: '2026-11-23T08:15:00+08:00',
      lines: [{ lineId: REQUEST_LINE_ID, category: 'rebar', grades: ['HRB400', 'HRB400E'], spec: rebar20, weightKg: 30000 }],
      status: 'open',
    },
  ],
  deals: [],
};

export { BUYER_ID, SELLER_ID };

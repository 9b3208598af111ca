import type { MessageTree } from '../messages';
import type { dealsMessages as zh } from '../zh-CN/deals';

/** English texts of deals (成交). */
export const dealsMessages: MessageTree<typeof zh> = {
  deals: {
    title: 'Deals',
    subtitle: 'Closed deals and their confirmations',
    columns: {
      number: 'Deal no.',
      date: 'Date',
      buyer: 'Buyer',
      seller: 'Seller',
      weight: 'Quantity (t)',
      amount: 'Amount',
      status: 'Status',
    },
    empty: {
      title: 'No deals yet',
      hint: 'Match a buy request with supply on the desk; closed deals appear here.',
    },
  },
};

import type { MessageTree } from '../messages';
import type { deskMessages as zh } from '../zh-CN/desk';

/** English texts of the matching desk (撮合台). */
export const deskMessages: MessageTree<typeof zh> = {
  desk: {
    title: 'Matching desk',
    subtitle: 'Open buy requests on the left, supply on offer on the right',
    requests: 'Buy requests',
    offers: 'Offers',
    requestColumns: {
      buyer: 'Buyer',
      goods: 'Category / grade / spec',
      weight: 'Quantity (t)',
      receivedAt: 'Received',
    },
    offerColumns: {
      seller: 'Seller',
      goods: 'Category / grade / spec',
      brand: 'Mill',
      warehouse: 'Warehouse',
      weight: 'Available (t)',
      price: 'Price (CNY/t)',
    },
    moreLines: '+{{count}} more lines',
    emptyRequests: {
      title: 'No open buy requests',
      hint: 'When a customer calls or messages a need, record it here and the desk helps you find supply.',
    },
    emptyOffers: {
      title: 'No supply on offer',
      hint: 'Paste a stock list from a mill or warehouse to see its offers here.',
    },
  },
};

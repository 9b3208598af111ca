import type { MessageTree } from '../messages';
import type { customersMessages as zh } from '../zh-CN/customers';

/** English texts of the customer book (客户). */
export const customersMessages: MessageTree<typeof zh> = {
  customers: {
    title: 'Customers',
    subtitle: "The company's customer book: when a broker leaves, the customers stay",
    columns: {
      name: 'Customer',
      region: 'Region',
      type: 'Type',
      broker: 'Broker',
    },
    empty: {
      title: 'No customers yet',
      hint: 'Add a customer, or load the demo book in Settings to look around.',
    },
  },
};

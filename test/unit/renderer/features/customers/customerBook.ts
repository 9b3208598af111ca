import type { BookContents } from '../../../../../renderer/src/app/AppServices';
import { uuidv7 } from '../../../../../shared/ids/uuidv7';
import { BUYER_ID, SELLER_ID, SMALL_BOOK } from '../../app/support/smallBook';

export const SHAGANG_ID = uuidv7();

/**
 * The small app book plus a peripheral customer found by pinyin initials (沙钢集团 ← sgjt), a contact
 * of the buyer with a birthday soon, and a follow-up with the seller that is overdue on 2026-11-23.
 */
export const CUSTOMER_BOOK: BookContents = {
  ...SMALL_BOOK,
  customers: [
    ...SMALL_BOOK.customers!,
    {
      id: SHAGANG_ID,
      name: '江苏沙钢集团有限公司',
      shortName: '沙钢集团',
      type: 'seller',
      region: '华东',
      city: '张家港',
      phones: ['0512-58568888'],
      brokerId: 'zhang',
      categories: ['rebar', 'wire_rod'],
      tags: [],
    },
  ],
  contacts: [{ customerId: BUYER_ID, name: '王秀英', phone: '13812345678', birthday: '11-28', isKey: true }],
  contactLogs: [{ customerId: SELLER_ID, brokerId: 'zhang', at: '2026-11-10T10:00:00+08:00', channel: 'wechat', summary: '问了螺纹钢库存', nextFollowUpOn: '2026-11-20' }],
};

import type { MessageTree } from '../messages';
import type { analyticsMessages as zh } from '../zh-CN/analytics';

/** English texts of analytics (分析). */
export const analyticsMessages: MessageTree<typeof zh> = {
  analytics: {
    title: 'Analytics',
    subtitle: 'This month at a glance ({{month}})',
    customers: 'Customers',
    dealsThisMonth: 'Deals this month',
    tonnesThisMonth: 'Tonnes this month',
    amountThisMonth: 'Amount this month',
    chartsLater: 'Coverage, conversion and repeat-purchase charts will appear here.',
    empty: {
      title: 'Nothing to analyse yet',
      hint: 'Once you have customers and deals, the key figures show up here.',
    },
  },
};

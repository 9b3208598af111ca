import type { MessageTree } from '../messages';
import type { shellMessages as zh } from '../zh-CN/shell';

/** English texts of the app shell: title, navigation, top bar, books, common words, errors, shared enums. */
export const shellMessages: MessageTree<typeof zh> = {
  app: {
    title: 'SteelDesk',
    starting: 'Starting…',
    loadingBook: 'Opening the book…',
    bookFailed: 'The {{book}} cannot be opened: {{message}}',
    bookFailedHint: 'Switch books in Settings, or reload the window.',
    settingsFailed: 'Could not read the settings: {{message}}',
  },
  nav: {
    label: 'Main navigation',
    desk: 'Matching desk',
    customers: 'Customers',
    deals: 'Deals',
    analytics: 'Analytics',
    sync: 'Sync',
    settings: 'Settings',
    shortcut: 'Shortcut {{keys}}',
  },
  topBar: {
    book: 'Open book',
    broker: 'Broker',
    brokerUnset: 'not set (see Settings)',
    today: 'Today',
    demoBanner: 'DEMO book: fictional sample data, never synced to the office',
  },
  book: {
    main: 'Main book',
    demo: 'Demo book',
  },
  common: {
    cancel: 'Cancel',
    save: 'Save',
    saved: 'Saved',
    tonnes: '{{value}} t',
    none: '—',
  },
  errors: {
    title: 'Something went wrong',
    where: 'Where: {{where}}',
    message: 'Error: {{message}}',
    retry: 'Try again',
    reload: 'Reload',
  },
  customerType: {
    buyer: 'Buyer',
    seller: 'Seller',
    both: 'Buyer and seller',
  },
  dealStatus: {
    draft: 'Draft',
    confirmed: 'Confirmed',
    delivered: 'Delivered',
    settled: 'Settled',
    cancelled: 'Cancelled',
  },
};

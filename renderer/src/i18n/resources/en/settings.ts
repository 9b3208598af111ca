import type { MessageTree } from '../messages';
import type { settingsMessages as zh } from '../zh-CN/settings';

/** English texts of settings and the first-run dialog. */
export const settingsMessages: MessageTree<typeof zh> = {
  settings: {
    title: 'Settings',
    subtitle: 'Book, language, broker and printing',
    books: {
      heading: 'Book',
      active: 'Open now: {{book}}',
      switchToMain: 'Switch to the main book',
      switchToDemo: 'Switch to the demo book',
      loadDemo: 'Load the demo book',
      removeDemo: 'Remove demo data',
      removeDemoTitle: 'Remove the demo data?',
      removeDemoBody: 'All data of the demo book is deleted from this laptop; the main book is not touched. This cannot be undone.',
      removeDemoConfirm: 'Remove',
      demoRemoved: 'Demo data removed',
    },
    language: {
      heading: 'Language',
      label: 'Interface language',
      'zh-CN': '简体中文',
      en: 'English',
    },
    broker: {
      heading: 'Broker',
      name: 'Broker name',
      prefix: 'Deal number prefix',
      prefixHint: '2–4 capital letters, e.g. ZL → ZL-20261123-001',
    },
    hub: {
      heading: 'Office hub',
      url: 'Hub address',
      urlHint: 'e.g. https://hub.example.com; leave empty to not sync for now',
    },
    printer: {
      heading: 'Printing defaults',
      layout: 'Paper',
      a4: 'A4',
      continuous241: '241 mm continuous form (dot-matrix)',
      copies: 'Copies',
    },
    errors: {
      brokerName: 'At most 40 characters',
      brokerPrefix: 'The prefix is 2–4 capital letters',
      hubUrl: 'Enter a full address starting with http:// or https://, or leave it empty',
      layout: 'Choose a paper layout',
      copies: 'Copies must be a whole number from 1 to 9',
    },
    saveFailed: 'Could not save: {{message}}',
  },
  firstRun: {
    title: 'Welcome to SteelDesk',
    body: 'First time here: load a demo book (a fictional company with customers, offers and a year of deals) to get to know the app, or start with an empty book. Demo data can be removed any time in Settings.',
    loadDemo: 'Load the demo book',
    startEmpty: 'Start empty',
    loading: 'Loading the demo data…',
    progress: '{{done}} of {{total}} records written',
    failed: 'Loading the demo book failed: {{message}}',
  },
};

import { openBook } from '../../../renderer/src/data';
import { generateDemoBook } from '../../../shared/demo';

/**
 * Seeds the main book of this origin with a small demo company (through the repository, as the
 * app does) and answers the id of the deal with the most lines: the confirmation the print
 * bench lays out.
 */
async function seedPrintBook(): Promise<string> {
  const demo = generateDemoBook({ brokers: 2, customers: 20, offers: 10, requests: 5, deals: 80 });
  const book = await openBook('main');
  try {
    await book.repository.createMany('brokers', demo.brokers);
    await book.repository.createMany('customers', demo.customers);
    await book.repository.createMany('contacts', demo.contacts);
    await book.repository.createMany('deals', demo.deals);
  } finally {
    book.close();
  }
  const longest = [...demo.deals].sort((a, b) => b.lines.length - a.lines.length)[0];
  if (longest === undefined) throw new Error('the demo book has no deals');
  return longest.id;
}

Object.assign(globalThis, { seedPrintBook });

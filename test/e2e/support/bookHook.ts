// Bundled by the sync e2e and loaded into a page of the web build (same origin, so the same
// IndexedDB): writes through the book's repository exactly as the app's own write paths do (the
// record and its outbox mutation in one transaction). It stands in for the office's reassignment
// and broker A's offline deal, so the sync test sets up its records in one step instead of
// clicking through the desk. Exposed as `globalThis.e2eBook`.
import { openBook, type Book } from '../../../renderer/src/data';

async function withMainBook<T>(work: (book: Book) => Promise<T>): Promise<T> {
  const book = await openBook('main');
  try {
    return await work(book);
  } finally {
    book.close();
  }
}

/** A buyer, a seller and a confirmed deal between them, all for `brokerId`, in one transaction. */
function recordDeal({ brokerId, number, dealOn, buyerName }: { brokerId: string; number: string; dealOn: string; buyerName: string }) {
  return withMainBook((book) =>
    book.repository.atomically(['customers', 'deals'], async () => {
      const party = { type: 'buyer' as const, region: '华东', phones: [], brokerId, categories: ['rebar' as const], tags: [] };
      const buyer = await book.repository.create('customers', { ...party, name: buyerName, city: '上海' });
      const seller = await book.repository.create('customers', { ...party, type: 'seller', name: '无锡永兴钢铁贸易有限公司', city: '无锡' });
      const deal = await book.repository.create('deals', {
        number,
        buyerId: buyer.id,
        sellerId: seller.id,
        brokerId,
        dealOn,
        lines: [{ category: 'rebar', grade: 'HRB400E', spec: { text: 'Φ20*9m', dims: [20, 9000] }, weightKg: 30000, weighing: 'theoretical', priceFenPerTon: 356000 }],
        delivery: { method: 'pickup', warehouse: '乐从库', from: dealOn, to: dealOn },
        payment: { method: 'cash_before_delivery' },
        tolerancePerMille: 3,
        objectionDays: 7,
        commission: { kind: 'per_ton', fenPerTon: 2000 },
        status: 'confirmed',
        needsApproval: false,
        printCount: 0,
      });
      return { buyerId: buyer.id, sellerId: seller.id, dealId: deal.id };
    }),
  );
}

/** Reassigns a customer to another broker (an office write). */
function reassignCustomer({ customerId, brokerId }: { customerId: string; brokerId: string }) {
  return withMainBook(async (book) => {
    await book.repository.update('customers', customerId, { brokerId });
  });
}

Object.assign(globalThis, { e2eBook: { recordDeal, reassignCustomer } });

import type { CustomerBook, InsightDeal } from '../../../../../shared/customers';
import type { Book, StoredRecord } from '../../../data';
import { readEngineRecords } from '../readEngineRecords';

/**
 * The book's live customers, deals, contact logs, requests, offers and ratings as the customer
 * engines read them, reduced to the fields they use so the copy into the worker stays small.
 * Run it inside a Dexie `liveQuery` and it re-runs whenever one of those tables changes.
 */
export async function loadCustomerBook(book: Book): Promise<CustomerBook> {
  const { customers, deals, contactLogs, requests, offers, ratings } = await readEngineRecords(book);
  return {
    customers: customers.map(customerFacts),
    deals: deals.map(dealFacts),
    contactLogs: contactLogs.map(({ customerId, at }) => ({ customerId, at })),
    requests,
    offers,
    ratings,
  };
}

function customerFacts(customer: StoredRecord<'customers'>): CustomerBook['customers'][number] {
  const facts: { id: string; firstContactOn?: string; referredById?: string } = { id: customer.id };
  if (customer.firstContactOn !== undefined) facts.firstContactOn = customer.firstContactOn;
  if (customer.referredById !== undefined) facts.referredById = customer.referredById;
  return facts;
}

function dealFacts(deal: StoredRecord<'deals'>): InsightDeal {
  const facts: InsightDeal = {
    buyerId: deal.buyerId,
    sellerId: deal.sellerId,
    dealOn: deal.dealOn,
    status: deal.status,
    commission: deal.commission,
    lines: deal.lines.map(({ category, weightKg, priceFenPerTon, sellerPriceFenPerTon }) =>
      sellerPriceFenPerTon === undefined ? { category, weightKg, priceFenPerTon } : { category, weightKg, priceFenPerTon, sellerPriceFenPerTon },
    ),
  };
  if (deal.paidOnTime !== undefined) facts.paidOnTime = deal.paidOnTime;
  // The side disputed is all the grade reads; the reason and outcome stay out of the worker's copy.
  if (deal.dispute !== undefined) facts.dispute = { party: deal.dispute.party };
  return facts;
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { filledKgByRequestLine } from '../../../../shared/deals/filledByRequestLine';
import type { RequestLine } from '../../../../shared/model';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useOpenRecords } from './useOpenRecords';

type Offer = StoredRecord<'offers'>;
type Request = StoredRecord<'requests'>;

/** One line of an open request as the desk lists it, with what deals already hold of it. */
export interface RequestLineRow {
  key: string;
  request: Request;
  line: RequestLine;
  filledKg: number;
  remainingKg: number;
}

const newestOffersFirst = (a: Offer, b: Offer) => b.postedAt.localeCompare(a.postedAt);
const newestRequestsFirst = (a: Request, b: Request) => b.receivedAt.localeCompare(a.receivedAt);

/** Deals that hold goods (not cancelled), through the status index. */
function useHoldingDeals() {
  const book = useBook();
  return useLiveQuery(() => book.read.query('deals', (t) => t.where('status').anyOf('draft', 'confirmed', 'delivered', 'settled')).toArray(), [book]);
}

/** How many of the newest open offers are shown while the whole list loads. */
export const FIRST_OFFERS = 200;

/**
 * The newest open offers by id (UUIDv7 ids grow with time), read through the status index
 * backwards: a few hundred records, so the desk shows supply at once while the whole list — tens
 * of thousands of records to read and decode — is still loading. Not read once that list is in.
 */
function useFirstOffers(skip: boolean) {
  const book = useBook();
  return useLiveQuery(
    async () => (skip ? undefined : book.read.query('offers', (t) => t.where('status').equals('open').reverse()).limit(FIRST_OFFERS).toArray()),
    [book, skip],
  );
}

/**
 * What the desk shows, kept live: open offers (all of them once loaded, the newest page before),
 * and the lines of open requests with their remaining quantity.
 */
export function useDeskData() {
  const offers = useOpenRecords('offers', newestOffersFirst);
  const firstOffers = useFirstOffers(offers !== undefined);
  const requests = useOpenRecords('requests', newestRequestsFirst);
  const deals = useHoldingDeals();
  const filledKg = useMemo(() => filledKgByRequestLine(deals ?? []), [deals]);
  const lines = useMemo<RequestLineRow[] | undefined>(() => {
    if (!requests || !deals) return undefined;
    return requests.flatMap((request) =>
      request.lines.map((line) => {
        const filled = filledKg.get(line.lineId) ?? 0;
        return { key: `${request.id}/${line.lineId}`, request, line, filledKg: filled, remainingKg: Math.max(0, line.weightKg - filled) };
      }),
    );
  }, [requests, deals, filledKg]);
  return { offers, firstOffers, requests, lines, filledKg };
}

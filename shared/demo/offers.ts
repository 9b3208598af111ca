import { uuidv7 } from '../ids/uuidv7';
import type { Offer } from '../model/offer';
import { epochMs, isoDateOf, isoDateTime } from '../calendar/marketCalendar';
import type { DemoContext } from './context';
import { sampleLot } from './lot';
import { formatOfferLine } from './offerLine';
import { Random } from './random';
import { STREAM } from './streams';

/** Listings arrive over the last two weeks, most of them in the last few days. */
const LISTING_MAX_AGE_DAYS = 13;
const LINES_PER_LISTING: readonly [number, number] = [3, 25];
/** Sellers send their lists in the morning. */
const POSTED_MINUTES: readonly [number, number] = [7 * 60 + 30, 11 * 60 + 30];
const VALID_DAYS: readonly [number, number] = [3, 10];
/** Share of still-valid offers the seller has withdrawn or sold elsewhere. */
const CLOSED_SHARE = 0.08;
const TAX_INCLUDED_SHARE = 0.95;

/**
 * Offers (货源) as sellers post them: each listing is one seller's pasted stock list, several
 * offers sharing a `listingId` and a posting time. The sequence is fixed by the seed and endless:
 * the first `count` offers are the same whatever the count, and nothing is held between offers
 * but the current listing's header.
 */
export function* generateOffers(ctx: DemoContext, count: number = ctx.options.offers): Generator<Offer> {
  let made = 0;
  for (let listing = 0; made < count; listing++) {
    const rng = Random.derive(ctx.seed, STREAM.listings, listing);
    const seller = rng.pick(ctx.offerSellers);
    const postedDay = ctx.today - Math.floor(LISTING_MAX_AGE_DAYS * rng.next() ** 3);
    const minute = rng.int(POSTED_MINUTES[0], POSTED_MINUTES[1]);
    const ms = epochMs(postedDay, minute);
    const listingId = uuidv7(ms, rng.bytes);
    const postedAt = isoDateTime(postedDay, minute);
    const lines = Math.min(count - made, rng.int(LINES_PER_LISTING[0], LINES_PER_LISTING[1]));
    for (let line = 0; line < lines; line++) {
      const lot = sampleLot(rng, rng.pick(seller.categories), postedDay, ctx.today, seller.city);
      const validUntil = postedDay + rng.int(VALID_DAYS[0], VALID_DAYS[1]);
      const status = validUntil < ctx.today ? 'expired' : rng.chance(CLOSED_SHARE) ? 'closed' : 'open';
      made++;
      yield {
        id: uuidv7(ms, rng.bytes),
        sellerId: seller.id,
        listingId,
        category: lot.product.category,
        grade: lot.grade.name,
        spec: lot.spec.spec,
        brand: lot.mill,
        warehouse: lot.warehouse,
        city: lot.city,
        availableKg: lot.weightKg,
        pieces: lot.pieces,
        weighing: lot.weighing,
        priceFenPerTon: lot.priceFenPerTon,
        taxIncluded: rng.chance(TAX_INCLUDED_SHARE),
        validUntil: isoDateOf(validUntil),
        status,
        postedAt,
        sourceText: formatOfferLine(lot, rng),
      };
    }
  }
}

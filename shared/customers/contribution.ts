import type { CommunityColumns } from './communityContribution';
import { PAYMENT, type DealTimelines } from './dealTimelines';
import type { GradePoints } from './options';

/** What a customer brought in the grade window (出力 and 出钱). */
export interface Contribution {
  deals: number;
  volumeKg: number;
  /** Its share of the margin (commission or spread) of its deals, in fen. */
  marginFen: number;
  /** Settled deals it bought and paid on time, and late. */
  onTimePayments: number;
  latePayments: number;
  /** Its deals with a dispute with its side, open or resolved (either way it cost the broker time and trust). */
  disputes: number;
  /** Customers it referred (their `referredById`) who traded in the window: word of mouth that brought business. */
  referrals: number;
  /** Ratings it received in the window, and the sum of their stars above 3 (negative for poor ratings). */
  ratings: number;
  ratingStarsAboveThree: number;
}

/** The grade score: points per kind of contribution and their total. */
export interface GradeScore {
  points: { volume: number; margin: number; referrals: number; payments: number; disputes: number; ratings: number };
  total: number;
}

/**
 * Customer `c`'s contribution: its counting deals dated from `fromDay` to today (the end of its
 * timeline) and its referrals and ratings as collected for the same window.
 */
export function customerContribution(t: DealTimelines, c: number, fromDay: number, community: CommunityColumns): Contribution {
  const contribution: Contribution = {
    deals: 0,
    volumeKg: 0,
    marginFen: 0,
    onTimePayments: 0,
    latePayments: 0,
    disputes: 0,
    referrals: community.referrals[c]!,
    ratings: community.ratings[c]!,
    ratingStarsAboveThree: community.ratingStarsAboveThree[c]!,
  };
  for (let i = t.start[c + 1]! - 1; i >= t.start[c]! && t.day[i]! >= fromDay; i--) {
    contribution.deals++;
    contribution.volumeKg += t.kg[i]!;
    contribution.marginFen += t.marginFen[i]!;
    if (t.payment[i] === PAYMENT.onTime) contribution.onTimePayments++;
    else if (t.payment[i] === PAYMENT.late) contribution.latePayments++;
    contribution.disputes += t.disputed[i]!;
  }
  return contribution;
}

/** Weighs a contribution into points. */
export function scoreContribution(contribution: Contribution, per: GradePoints): GradeScore {
  const points = {
    volume: (contribution.volumeKg / 1000) * per.perTonne,
    margin: (contribution.marginFen / 100) * per.perMarginYuan,
    referrals: contribution.referrals * per.perReferral,
    payments: contribution.latePayments * per.perLatePayment,
    disputes: contribution.disputes * per.perDispute,
    ratings: contribution.ratingStarsAboveThree * per.perRatingStarAboveThree,
  };
  return { points, total: points.volume + points.margin + points.referrals + points.payments + points.disputes + points.ratings };
}

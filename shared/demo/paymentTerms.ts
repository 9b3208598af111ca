import type { PaymentTerms } from '../model/terms';
import type { PaymentMethod } from './customerProfile';
import type { Random } from './random';

const CREDIT_DAYS = [15, 30, 30, 45, 60];
const PREPAYMENT_PERCENTS = [20, 30, 30, 50];
const DEPOSIT_SHARE = 0.15;
/** Deposits (定金) are round sums of ¥20,000–¥100,000. */
const DEPOSIT_TEN_THOUSANDS: readonly [number, number] = [2, 10];

/** Terms for a customer who prefers `method`: credit days (账期), a prepaid share (预付), sometimes a deposit. */
export function samplePaymentTerms(method: PaymentMethod, rng: Random): PaymentTerms {
  const deposit = rng.chance(DEPOSIT_SHARE)
    ? { depositFen: rng.int(DEPOSIT_TEN_THOUSANDS[0], DEPOSIT_TEN_THOUSANDS[1]) * 1_000_000 }
    : {};
  if (method === 'credit') return { method, creditDays: rng.pick(CREDIT_DAYS), ...deposit };
  if (method === 'prepayment') return { method, prepaymentPercent: rng.pick(PREPAYMENT_PERCENTS), ...deposit };
  return { method, ...deposit };
}

import { isoDateOfDay } from './calendar';
import type { DealTimelines } from './dealTimelines';
import type { DevelopmentStage } from './ladders';
import { loyaltyChanges } from './loyalty';
import type { LoyaltyRule } from './options';

/** One stay in a development stage: from `enteredOn` (included) to `leftOn` (excluded; absent while in it). */
export interface StageStint {
  stage: DevelopmentStage;
  enteredOn: string;
  leftOn?: string;
  /** Days in the stage: up to `leftOn`, or up to today for the current stage. */
  days: number;
}

/** What, besides the deals, decides a customer's stages. Days are market days; `Infinity` when unknown. */
export interface StageEvidence {
  /** When the customer became known: its record's creation. */
  knownSince: number;
  /** Its first contact: `firstContactOn`, a contact log, a request, an offer or a deal of any status. */
  firstContact: number;
}

/**
 * Replays customer `c`'s record into its development stages, oldest first; the last stint is the
 * current stage. Peripheral (外围) from when it became known, potential (潜在) from the first contact,
 * real (真实) from the first counting deal, loyal (忠诚) while `rule` holds and back to real when it
 * stops holding. A stage left on the day it was entered (a first deal on the day of first contact)
 * is not a stay and is left out.
 */
export function deriveStageHistory(
  t: DealTimelines,
  c: number,
  evidence: StageEvidence,
  today: number,
  rule: LoyaltyRule,
): StageStint[] {
  const firstDeal = t.start[c + 1]! > t.start[c]! ? t.day[t.start[c]!]! : Infinity;
  const contact = Math.min(evidence.firstContact, firstDeal);
  const moves: Array<{ stage: DevelopmentStage; on: number }> = [
    { stage: 'peripheral', on: Math.min(evidence.knownSince, contact, today) },
  ];
  if (contact <= today) moves.push({ stage: 'potential', on: contact });
  if (firstDeal <= today) {
    moves.push({ stage: 'real', on: firstDeal });
    loyaltyChanges(t, c, today, rule).forEach((on, i) => moves.push({ stage: i % 2 === 0 ? 'loyal' : 'real', on }));
  }
  return stintsOf(moves, today);
}

function stintsOf(moves: ReadonlyArray<{ stage: DevelopmentStage; on: number }>, today: number): StageStint[] {
  const stays = moves.filter((move, i) => i === moves.length - 1 || moves[i + 1]!.on > move.on);
  const merged = stays.filter((move, i) => i === 0 || stays[i - 1]!.stage !== move.stage);
  return merged.map((move, i) => {
    const next = merged[i + 1];
    const stint: StageStint = { stage: move.stage, enteredOn: isoDateOfDay(move.on), days: (next?.on ?? today) - move.on };
    if (next) stint.leftOn = isoDateOfDay(next.on);
    return stint;
  });
}

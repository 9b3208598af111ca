import { isoDateOf } from '../calendar/marketCalendar';
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
  /**
   * Its first contact as the records other than counting deals show it: `firstContactOn`, a contact
   * log, a request, an offer, a draft or cancelled deal. The first counting deal is a contact too.
   */
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
  const stays = new StayList();
  stays.enter('peripheral', Math.min(evidence.knownSince, contact, today));
  if (contact <= today) stays.enter('potential', contact);
  if (firstDeal <= today) {
    stays.enter('real', firstDeal);
    loyaltyChanges(t, c, today, rule).forEach((on, i) => stays.enter(i % 2 === 0 ? 'loyal' : 'real', on));
  }
  return stays.stints(today);
}

/** Stages entered in date order, keeping only real stays: a stage left the day it was entered is dropped. */
class StayList {
  private readonly stages: DevelopmentStage[] = [];
  private readonly days: number[] = [];

  enter(stage: DevelopmentStage, on: number): void {
    if (this.days.at(-1) === on) {
      this.days.pop();
      this.stages.pop();
    }
    if (this.stages.at(-1) === stage) return;
    this.stages.push(stage);
    this.days.push(on);
  }

  stints(today: number): StageStint[] {
    return this.stages.map((stage, i) => {
      const entered = this.days[i]!;
      const left = this.days[i + 1];
      const stint: StageStint = { stage, enteredOn: isoDateOf(entered), days: (left ?? today) - entered };
      if (left !== undefined) stint.leftOn = isoDateOf(left);
      return stint;
    });
  }
}

import { dayOf, isoDateOf } from '../calendar/marketCalendar';
import { collectCommunityContribution } from './communityContribution';
import { customerContribution, scoreContribution, type Contribution, type GradeScore } from './contribution';
import type { CustomerBook } from './customerBook';
import { groupDealsByCustomer } from './dealTimelines';
import { gradeForScore, nextGradeGap, type NextGradeGap } from './grade';
import type { DevelopmentStage, GradeCode, LifecyclePhase } from './ladders';
import { classifyLifecyclePhase, type PhaseReason } from './lifecyclePhase';
import { resolveInsightOptions, type InsightOptionsInput } from './options';
import { collectStageEvidence } from './stageEvidence';
import { deriveStageHistory, type StageStint } from './stageHistory';

/** Everything the customer engines say about one customer, as plain data. */
export interface CustomerInsight {
  customerId: string;
  /** The current development stage: the last stint of `stageHistory`. */
  stage: DevelopmentStage;
  stageHistory: StageStint[];
  /** Absent before the first counting deal. */
  phase?: LifecyclePhase;
  phaseReason: PhaseReason;
  grade: GradeCode;
  contribution: Contribution;
  gradeScore: GradeScore;
  /** Absent at the top grade. */
  nextGradeGap?: NextGradeGap;
  /** Date of the last counting deal, if any. */
  lastDealOn?: string;
}

/**
 * Stage, stage history, lifecycle phase and grade of every customer of `book` as of `today`
 * (`YYYY-MM-DD`, market date), in the order of `book.customers`. Deals are grouped by customer once,
 * then each customer is judged from its own slice, so the cost grows linearly with the book: about
 * twice the cost of merely grouping the deals by customer (`npm run bench`, 50k customers and 500k
 * deals). Plain data in and out: it runs as is in a Web Worker.
 */
export function computeCustomerInsights(book: CustomerBook, today: string, options?: InsightOptionsInput): CustomerInsight[] {
  const { loyalty, phase, grade } = resolveInsightOptions(options);
  const day = dayOf(today);
  const ordinalOf = new Map<string, number>();
  book.customers.forEach((customer, c) => ordinalOf.set(customer.id, c));

  const timelines = groupDealsByCustomer(book.deals, ordinalOf, book.customers.length, day);
  const evidence = collectStageEvidence(book, ordinalOf);
  const gradeFrom = day - grade.windowDays + 1;
  const community = collectCommunityContribution(book, ordinalOf, timelines, gradeFrom, day);

  return book.customers.map((customer, c) => {
    const stageHistory = deriveStageHistory(
      timelines,
      c,
      { knownSince: evidence.knownSince[c]!, firstContact: evidence.firstContact[c]! },
      day,
      loyalty,
    );
    const verdict = classifyLifecyclePhase(timelines, c, day, phase);
    const contribution = customerContribution(timelines, c, gradeFrom, community);
    const gradeScore = scoreContribution(contribution, grade.points);
    const earned = gradeForScore(gradeScore.total, book.previousGrades?.[customer.id], grade);
    const insight: CustomerInsight = {
      customerId: customer.id,
      stage: stageHistory[stageHistory.length - 1]!.stage,
      stageHistory,
      phaseReason: verdict.reason,
      grade: earned,
      contribution,
      gradeScore,
    };
    if (verdict.phase) insight.phase = verdict.phase;
    const gap = nextGradeGap(gradeScore.total, earned, grade);
    if (gap) insight.nextGradeGap = gap;
    const last = timelines.start[c + 1]! - 1;
    if (last >= timelines.start[c]!) insight.lastDealOn = isoDateOf(timelines.day[last]!);
    return insight;
  });
}

import type { MatchableOffer } from './matchTypes';
import type { IndexedOffer } from './offerIndex';
import { compareRanked } from './scoreOffer';

/**
 * The best `keep` candidates seen so far, best first (compareRanked order), kept while scoring so
 * that most candidates cost one comparison of numbers: a score below the worst kept is dropped at
 * once. With `keep` unbounded, every candidate is kept and sorted at the end.
 */
export class BestCandidates<O extends MatchableOffer> {
  readonly slots: number[] = [];
  readonly scores: number[] = [];

  constructor(
    private readonly entries: ReadonlyArray<IndexedOffer<O>>,
    private readonly keep: number,
  ) {}

  add(slot: number, score: number): void {
    const size = this.slots.length;
    if (this.keep === Number.POSITIVE_INFINITY) {
      this.slots.push(slot);
      this.scores.push(score);
      return;
    }
    if (size === this.keep && (score < this.scores[size - 1]! || !this.before(slot, score, size - 1))) return;
    let at = size;
    while (at > 0 && this.before(slot, score, at - 1)) at--;
    this.slots.splice(at, 0, slot);
    this.scores.splice(at, 0, score);
    if (this.slots.length > this.keep) {
      this.slots.pop();
      this.scores.pop();
    }
  }

  /** The kept slots, best first. */
  ranked(): number[] {
    if (this.keep !== Number.POSITIVE_INFINITY) return this.slots;
    const order = this.slots.map((_, i) => i);
    order.sort((a, b) => compareRanked(this.scores[a]!, this.offerAt(this.slots[a]!), this.scores[b]!, this.offerAt(this.slots[b]!)));
    return order.map((i) => this.slots[i]!);
  }

  /** Whether a candidate ranks before the one kept at position `i`. */
  private before(slot: number, score: number, i: number): boolean {
    const kept = this.scores[i]!;
    if (score !== kept) return score > kept;
    return compareRanked(score, this.offerAt(slot), kept, this.offerAt(this.slots[i]!)) < 0;
  }

  private offerAt(slot: number): O {
    return this.entries[slot]!.offer;
  }
}

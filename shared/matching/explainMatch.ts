import type { LocalText } from '../catalogue/localText';
import { formatFen } from '../money/fen';
import { formatTons } from '../weight/tons';
import type { Candidate, MatchableOffer, MatchableRequestLine, MatchExplanation } from './matchTypes';
import type { ScoredOffer } from './scoreOffer';

/** A scored offer as a candidate with the explanation a broker reads: what matched, what was substituted, price gap, distance, quantity. */
export function toCandidate<O extends MatchableOffer>(line: MatchableRequestLine, scored: ScoredOffer<O>): Candidate<O> {
  const offer = scored.entry.offer;
  const explanation: MatchExplanation = {
    grade: scored.grade,
    gradeAsked: scored.gradeAsked,
    spec: scored.spec,
    brand: scored.brand,
    fillsKg: scored.fillsKg,
    reasons: reasons(line, scored),
  };
  if (scored.priceGapFenPerTon !== undefined) explanation.priceGapFenPerTon = scored.priceGapFenPerTon;
  if (scored.distanceKm !== undefined) explanation.distanceKm = scored.distanceKm;
  return { offer, score: Math.round(scored.score * 100) / 100, explanation };
}

function reasons<O extends MatchableOffer>(line: MatchableRequestLine, scored: ScoredOffer<O>): LocalText[] {
  const { offer, city } = scored.entry;
  const said: LocalText[] = [];
  said.push(
    scored.grade === 'exact'
      ? { zh: `材质一致：${offer.grade}`, en: `grade as asked: ${offer.grade}` }
      : { zh: `材质替代：${offer.grade} 代 ${scored.gradeAsked}`, en: `grade ${offer.grade} substitutes for ${scored.gradeAsked}` },
  );
  const askedSpec = line.spec.text;
  said.push(
    scored.spec === 'exact'
      ? { zh: `规格一致：${offer.spec.text}`, en: `spec as asked: ${offer.spec.text}` }
      : { zh: `规格 ${offer.spec.text} 在可接受范围内（求 ${askedSpec}）`, en: `spec ${offer.spec.text} within tolerance of ${askedSpec}` },
  );
  if (scored.brand === 'preferred') said.push({ zh: `指定钢厂：${offer.brand}`, en: `preferred mill: ${offer.brand}` });
  if (scored.brand === 'other') {
    const mill = offer.brand ?? '未注明';
    said.push({ zh: `非指定钢厂：${mill}（要 ${line.brands!.join('/')}）`, en: `not a preferred mill: ${offer.brand ?? 'not stated'} (wants ${line.brands!.join('/')})` });
  }
  said.push(priceReason(offer.priceFenPerTon, scored.priceGapFenPerTon));
  if (scored.distanceKm !== undefined) {
    said.push({ zh: `距离约 ${scored.distanceKm} km（${city}→${line.deliveryCity}）`, en: `about ${scored.distanceKm} km (${city} → ${line.deliveryCity})` });
  }
  const available = formatTons(offer.availableKg);
  const needed = formatTons(line.weightKg);
  said.push(
    scored.fillsKg >= line.weightKg
      ? { zh: `可供 ${available} 吨，满足全部 ${needed} 吨`, en: `${available} t available, fills all ${needed} t` }
      : { zh: `可供 ${formatTons(scored.fillsKg)} 吨，满足 ${needed} 吨中的一部分`, en: `fills ${formatTons(scored.fillsKg)} of ${needed} t` },
  );
  return said;
}

function priceReason(priceFen: number, gap: number | undefined): LocalText {
  const price = formatFen(priceFen);
  if (gap === undefined) return { zh: `报价 ${price}/吨`, en: `price ${price}/t` };
  if (gap === 0) return { zh: `报价 ${price}/吨，与目标价持平`, en: `price ${price}/t, at target` };
  const by = formatFen(Math.abs(gap));
  return gap > 0
    ? { zh: `报价 ${price}/吨，比目标价高 ${by}`, en: `price ${price}/t, ${by} above target` }
    : { zh: `报价 ${price}/吨，比目标价低 ${by}`, en: `price ${price}/t, ${by} under target` };
}

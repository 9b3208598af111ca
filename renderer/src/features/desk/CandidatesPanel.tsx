import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../../shared/matching/matchTypes';
import { formatTons, tonsToKg } from '../../../../shared/weight/tons';
import type { Fill } from '../../../../shared/deals/dealsFromFills';
import type { StoredRecord } from '../../data';
import { useCustomerNames } from '../../app/book/useNames';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { formatPricePerTon, formatTonnes } from '../../ui/format/quantities';
import { Panel } from '../../ui/Panel';
import { useCategoryName } from '../../ui/useCategoryName';
import type { DeskOffer } from './matchingMessages';
import type { MatchingState } from './useMatchingEngine';
import type { RequestLineRow } from './useDeskData';
import { useLocalText } from './useLocalText';

const CANDIDATE_LIMIT = 20;

export interface CandidatesPanelProps {
  row: RequestLineRow;
  matching: MatchingState;
  offersById: ReadonlyMap<string, StoredRecord<'offers'>>;
  today: string;
  onClose: () => void;
  /** The broker accepted these candidates for the line (one or several: a split fill). */
  onAccept: (fills: Fill[]) => void;
}

type Ranking = { status: 'ranking' } | { status: 'ranked'; candidates: Array<Candidate<DeskOffer>> } | { status: 'failed'; message: string };

/**
 * The ranked candidates for one request line (render it with `key` = the line's key, so a new
 * line starts with nothing ticked), each with its score and why (rankOffers in the
 * matching worker). The broker ticks one or several, adjusts the tonnes, and sees what would
 * remain of the line before making the deals.
 */
export function CandidatesPanel({ row, matching, offersById, today, onClose, onAccept }: CandidatesPanelProps) {
  const { t } = useTranslation();
  const sellers = useCustomerNames();
  const categoryName = useCategoryName();
  const local = useLocalText();
  const [ranking, setRanking] = useState<Ranking>({ status: 'ranking' });
  const [taken, setTaken] = useState<ReadonlyMap<string, string>>(new Map());
  const { engine, indexedVersion } = matching;
  const { line, remainingKg } = row;
  const { buyerId } = row.request;

  useEffect(() => {
    if (indexedVersion === undefined) return;
    let current = true;
    engine.ask({ type: 'rank', line: { ...line, weightKg: Math.max(remainingKg, 1) }, buyerId, today, limit: CANDIDATE_LIMIT }).then(
      (candidates) => current && setRanking({ status: 'ranked', candidates }),
      (error: unknown) => current && setRanking({ status: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [engine, indexedVersion, line, buyerId, remainingKg, today]);

  const takenKg = (offerId: string) => tonsToKg(taken.get(offerId) ?? '') ?? 0;
  const selectedKg = [...taken.keys()].reduce((sum, id) => sum + takenKg(id), 0);
  const afterKg = remainingKg - selectedKg;
  const invalid = [...taken.keys()].filter((id) => {
    const kg = tonsToKg(taken.get(id) ?? '');
    const available = offersById.get(id)?.availableKg ?? 0;
    return kg === undefined || kg <= 0 || kg > available;
  });

  function toggle(offer: DeskOffer) {
    setTaken((current) => {
      const next = new Map(current);
      if (next.has(offer.id)) next.delete(offer.id);
      // Take what the line still needs after the other ticks, as far as the offer goes.
      else next.set(offer.id, formatTons(Math.min(offer.availableKg, Math.max(0, remainingKg - selectedKg))));
      return next;
    });
  }

  function accept() {
    const fills: Fill[] = [];
    for (const id of taken.keys()) {
      const offer = offersById.get(id);
      if (offer) fills.push({ offer, weightKg: takenKg(id) });
    }
    onAccept(fills);
  }

  const title = t('desk.candidates.title', { goods: `${categoryName(line.category)} ${line.grades.join('/')} ${line.spec.text}` });
  return (
    <Panel title={title} count={ranking.status === 'ranked' ? ranking.candidates.length : undefined} testId="candidates">
      <div className="sd-desk__fill" data-testid="fill-summary">
        <span>{t('desk.candidates.remaining', { tonnes: formatTonnes(remainingKg) })}</span>
        <span>{t('desk.candidates.selected', { tonnes: formatTonnes(selectedKg) })}</span>
        <span data-testid="fill-after">{t('desk.candidates.after', { tonnes: formatTonnes(Math.max(0, afterKg)) })}</span>
        {afterKg < 0 && <span className="sd-desk__problem">{t('desk.candidates.overfill', { tonnes: formatTonnes(-afterKg) })}</span>}
        <span className="sd-desk__spacer" />
        <Button onClick={onClose}>{t('desk.candidates.close')}</Button>
        <Button variant="primary" disabled={taken.size === 0 || invalid.length > 0} onClick={accept}>
          {t('desk.candidates.accept', { count: taken.size })}
        </Button>
      </div>
      {ranking.status === 'ranking' && <p role="status">{t('desk.candidates.ranking')}</p>}
      {ranking.status === 'failed' && <p role="alert">{ranking.message}</p>}
      {ranking.status === 'ranked' && ranking.candidates.length === 0 && (
        <EmptyState title={t('desk.candidates.none.title')} hint={t('desk.candidates.none.hint')} />
      )}
      {ranking.status === 'ranked' && ranking.candidates.length > 0 && (
        <ol className="sd-candidates" aria-label={t('desk.candidates.list')}>
          {ranking.candidates.map((candidate, rank) => {
            const { offer, explanation } = candidate;
            const checked = taken.has(offer.id);
            const label = t('desk.candidates.take', { rank: rank + 1, seller: sellers.get(offer.sellerId) ?? '' });
            return (
              <li key={offer.id} className="sd-candidate" data-testid="candidate">
                <div className="sd-candidate__head">
                  <label>
                    <input type="checkbox" checked={checked} onChange={() => toggle(offer)} aria-label={label} />
                    <strong>{sellers.get(offer.sellerId) ?? t('common.none')}</strong>
                  </label>
                  <span>
                    {offer.grade} {offer.spec.text} · {offer.brand ?? t('common.none')} · {offer.warehouse ?? t('common.none')}
                  </span>
                  <span>{t('desk.candidates.available', { tonnes: formatTonnes(offer.availableKg) })}</span>
                  <span>{t('desk.candidates.price', { price: formatPricePerTon(offer.priceFenPerTon) })}</span>
                  <span className="sd-candidate__score" data-testid="candidate-score">
                    {t('desk.candidates.score', { score: candidate.score })}
                  </span>
                </div>
                <ul className="sd-candidate__reasons">
                  {explanation.reasons.map((reason) => (
                    <li key={reason.en}>{local(reason)}</li>
                  ))}
                </ul>
                {checked && (
                  <label className="sd-candidate__take">
                    {t('desk.candidates.takeTonnes')}
                    <input
                      inputMode="decimal"
                      value={taken.get(offer.id)}
                      aria-label={t('desk.candidates.takeTonnesOf', { seller: sellers.get(offer.sellerId) ?? '' })}
                      aria-invalid={invalid.includes(offer.id)}
                      onChange={(event) => setTaken((current) => new Map(current).set(offer.id, event.target.value))}
                    />
                  </label>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}

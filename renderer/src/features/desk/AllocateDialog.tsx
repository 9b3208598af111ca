import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dealsFromFills, type DealDraft } from '../../../../shared/deals/dealsFromFills';
import { defaultDealTerms } from '../../../../shared/deals/defaultDealTerms';
import { gradePriority } from '../../../../shared/customers/ladders';
import type { Allocation } from '../../../../shared/matching/allocate';
import { formatTons, tonsToKg } from '../../../../shared/weight/tons';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useCustomerInsights } from '../../app/book/insights';
import { useCustomerNames } from '../../app/book/useNames';
import { useSettings } from '../../app/settings/SettingsContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { formatPricePerTon, formatTonnes } from '../../ui/format/quantities';
import { createDeals } from '../deals/createDeals';
import type { MatchingEngine } from './matchingEngine';
import { toAllocateRequest } from './toAllocateRequest';

export interface AllocateDialogProps {
  engine: MatchingEngine;
  requests: readonly StoredRecord<'requests'>[];
  offersById: ReadonlyMap<string, StoredRecord<'offers'>>;
  filledKg: ReadonlyMap<string, number>;
  today: string;
  onClose: () => void;
  onCreated: (deals: StoredRecord<'deals'>[]) => void;
}

type Proposal = Allocation & { accepted: boolean; tonnes: string };
type Run = { status: 'running' } | { status: 'proposed'; proposals: Proposal[]; shortLines: number } | { status: 'failed'; message: string };

/**
 * "Allocate all": the matching worker runs `allocate` over every open request, buyers of a higher
 * grade first when supply is short (grade from the customer engines), and proposes fills. The
 * broker unticks or edits any of them; accepting makes draft deals (one per buyer line and seller)
 * to confirm on the Deals page.
 */
export function AllocateDialog({ engine, requests, offersById, filledKg, today, onClose, onCreated }: AllocateDialogProps) {
  const { t } = useTranslation();
  const book = useBook();
  const { settings } = useSettings();
  const names = useCustomerNames();
  const [run, setRun] = useState<Run>({ status: 'running' });
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();

  // The grades the broker sees on the customer pages decide who is served first. They change only
  // when the book does, and then the proposals are made again from the new book.
  const insights = useCustomerInsights();
  const gradeRank = useMemo(
    () => (insights ? [...insights.values()].map((insight): [string, number] => [insight.customerId, gradePriority(insight.grade)]) : undefined),
    [insights],
  );

  useEffect(() => {
    if (!gradeRank) return;
    let current = true;
    (async () => {
      const result = await engine.ask({ type: 'allocate', requests: requests.map(toAllocateRequest), filledKg: [...filledKg], gradeRank, today });
      if (!current) return;
      const proposals = result.allocations.map((allocation) => ({ ...allocation, accepted: true, tonnes: formatTons(allocation.weightKg) }));
      setRun({ status: 'proposed', proposals, shortLines: result.lines.filter((line) => line.shortKg > 0).length });
    })().catch((error: unknown) => current && setRun({ status: 'failed', message: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [gradeRank, engine, requests, filledKg, today]);

  const proposals = run.status === 'proposed' ? run.proposals : [];
  const accepted = proposals.filter((p) => p.accepted);
  const invalid = accepted.some((p) => {
    const kg = tonsToKg(p.tonnes.trim());
    return kg === undefined || kg <= 0 || kg > (offersById.get(p.offerId)?.availableKg ?? 0);
  });
  const edit = (index: number, change: Partial<Proposal>) =>
    setRun((current) => (current.status === 'proposed' ? { ...current, proposals: current.proposals.map((p, i) => (i === index ? { ...p, ...change } : p)) } : current));

  async function accept() {
    setSaving(true);
    setFailure(undefined);
    try {
      const drafts = draftsOf(accepted, requests, offersById, today);
      onCreated(await createDeals(book, drafts, { prefix: settings.brokerPrefix }));
    } catch (error) {
      setFailure(errorMessage(error));
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={t('desk.allocate.title')}
      onClose={saving ? undefined : onClose}
      actions={
        <>
          <Button onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" disabled={accepted.length === 0 || invalid || saving} onClick={() => void accept()}>
            {t('desk.allocate.accept', { count: accepted.length })}
          </Button>
        </>
      }
    >
      {run.status === 'running' && <p role="status">{t('desk.allocate.running')}</p>}
      {run.status === 'failed' && <p role="alert">{run.message}</p>}
      {run.status === 'proposed' && (
        <>
          <p data-testid="allocate-summary">{t('desk.allocate.summary', { fills: proposals.length, short: run.shortLines })}</p>
          <table className="sd-allocate" aria-label={t('desk.allocate.proposals')}>
            <thead>
              <tr>
                <th>{t('desk.allocate.columns.accept')}</th>
                <th>{t('desk.allocate.columns.buyer')}</th>
                <th>{t('desk.allocate.columns.seller')}</th>
                <th>{t('desk.allocate.columns.goods')}</th>
                <th>{t('desk.allocate.columns.tonnes')}</th>
                <th>{t('desk.allocate.columns.price')}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((p, i) => {
                const offer = offersById.get(p.offerId);
                return (
                  <tr key={`${p.lineId}/${p.offerId}`} data-testid="allocation">
                    <td>
                      <input type="checkbox" checked={p.accepted} aria-label={t('desk.allocate.acceptOne', { buyer: names.get(p.buyerId) ?? '' })} onChange={(event) => edit(i, { accepted: event.target.checked })} />
                    </td>
                    <td>{names.get(p.buyerId) ?? t('common.none')}</td>
                    <td>{p.sellerId ? (names.get(p.sellerId) ?? t('common.none')) : t('common.none')}</td>
                    <td>{offer ? `${offer.grade} ${offer.spec.text}` : t('common.none')}</td>
                    <td>
                      <input value={p.tonnes} inputMode="decimal" aria-label={t('desk.allocate.tonnesOf', { buyer: names.get(p.buyerId) ?? '' })} onChange={(event) => edit(i, { tonnes: event.target.value })} />
                      <span className="sd-field__hint">{t('desk.allocate.of', { tonnes: offer ? formatTonnes(offer.availableKg) : '' })}</span>
                    </td>
                    <td>{formatPricePerTon(p.priceFenPerTon)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {failure && <p role="alert">{failure}</p>}
    </Dialog>
  );
}

/** Draft deals for the accepted proposals: per request line, one per seller, on default terms. */
function draftsOf(accepted: readonly Proposal[], requests: readonly StoredRecord<'requests'>[], offersById: ReadonlyMap<string, StoredRecord<'offers'>>, today: string): DealDraft[] {
  const byLine = new Map<string, Proposal[]>();
  for (const p of accepted) byLine.set(p.lineId, [...(byLine.get(p.lineId) ?? []), p]);
  const requestById = new Map(requests.map((r) => [r.id, r]));
  return [...byLine.values()].flatMap((group) => {
    const request = requestById.get(group[0]!.requestId)!;
    const fills = group.map((p) => ({ offer: offersById.get(p.offerId)!, weightKg: tonsToKg(p.tonnes.trim())! }));
    const terms = defaultDealTerms(today, { ...(request.payment && { payment: request.payment }) });
    return dealsFromFills(fills, { ...terms, buyerId: request.buyerId, brokerId: request.brokerId, requestId: request.id, requestLineId: group[0]!.lineId });
  });
}

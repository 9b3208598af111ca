import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveDeal, approvesPrices, awaitsApproval, confirmationBlock } from '../../../../shared/deals/dealApproval';
import { amendedTerms } from '../../../../shared/deals/dealAmendment';
import { canRaiseDispute, canResolveDispute, disputedCustomer } from '../../../../shared/deals/dealDispute';
import { openRatingRoles } from '../../../../shared/deals/dealRatings';
import { nextStatuses } from '../../../../shared/deals/dealStatus';
import type { DealStatus } from '../../../../shared/model';
import { dealTotals } from '../../../../shared/model/dealTotals';
import { formatFen } from '../../../../shared/money/fen';
import { lineAmountFen } from '../../../../shared/money/lineAmount';
import { useBook } from '../../app/book/BookContext';
import { useCustomerNames } from '../../app/book/useNames';
import { useServices } from '../../app/ServicesContext';
import { usePairing } from '../../app/usePairing';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { formatPricePerTon, formatTonnes } from '../../ui/format/quantities';
import { Panel } from '../../ui/Panel';
import { useCategoryName } from '../../ui/useCategoryName';
import { PrintConfirmationButton } from '../print/PrintConfirmationButton';
import { AmendDialog } from './AmendDialog';
import { DisputeText } from './DisputeText';
import { EditDraftDialog } from './EditDraftDialog';
import { moveDealStatus } from './moveDealStatus';
import { nowInMarket } from './nowInMarket';
import { RaiseDisputeDialog } from './RaiseDisputeDialog';
import { RatingForm } from './RatingForm';
import { ResolveDisputeDialog } from './ResolveDisputeDialog';
import { SettleDialog } from './SettleDialog';
import { STATUS_TONES } from './statusTones';

const ACTION_KEYS = {
  confirmed: 'deals.actions.confirm',
  delivered: 'deals.actions.deliver',
  settled: 'deals.actions.settle',
  cancelled: 'deals.actions.cancel',
} as const satisfies Partial<Record<DealStatus, string>>;

/** Deals whose confirmation (成交确认单) can be printed: agreed ones, not drafts or cancelled deals. */
const PRINTABLE_STATUSES: ReadonlySet<DealStatus> = new Set<DealStatus>(['confirmed', 'delivered', 'settled']);

/**
 * One deal: parties, the lines and totals of the terms in force (as confirmed, plus amendments),
 * delivery and payment terms, the credit record (payment, dispute), the actions the status allows,
 * the amendment history and the ratings. Stable test ids (`deal-number`, `deal-status`, `deal-buyer`, `deal-seller`,
 * `deal-total-amount`, `deal-print-slot`...) for the end-to-end journey.
 */
export function DealDetail({ dealId, onClose }: { dealId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const names = useCustomerNames();
  const categoryName = useCategoryName();
  const deal = useLiveQuery(() => book.read.get('deals', dealId), [book, dealId]);
  const amendments = useLiveQuery(() => book.read.query('amendments', (t) => t.where('dealId').equals(dealId)).toArray(), [book, dealId]);
  const ratings = useLiveQuery(() => book.read.query('ratings', (t) => t.where('dealId').equals(dealId)).toArray(), [book, dealId]);
  const [dialog, setDialog] = useState<'none' | 'amend' | 'settle' | 'editDraft' | 'raiseDispute' | 'resolveDispute'>('none');
  const [failure, setFailure] = useState<string>();
  const pairing = usePairing();
  const approver = pairing.status === 'ready' && approvesPrices(pairing.pairing);

  if (!deal || !amendments || !ratings) return null;
  const terms = amendedTerms(deal, amendments);
  const totals = dealTotals(terms);
  const party = (id: string) => names.get(id) ?? t('common.none');

  async function move(to: DealStatus) {
    if (!deal) return;
    if (to === 'settled') return setDialog('settle');
    setFailure(undefined);
    try {
      await moveDealStatus(book, deal, to, nowInMarket(now()));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  async function approve() {
    if (!deal) return;
    setFailure(undefined);
    const approval = approveDeal(deal, nowInMarket(now()));
    if (!approval.ok) return setFailure(approval.reason);
    try {
      await book.repository.update('deals', deal.id, approval.patch);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  const block = deal.status === 'draft' ? confirmationBlock(deal) : undefined;
  const { delivery, payment, commission } = terms;
  return (
    <Panel title={t('deals.detail.title')} testId="deal-detail">
      <div className="sd-deal">
        <div className="sd-deal__head">
          <strong data-testid="deal-number">{deal.number}</strong>
          <span data-testid="deal-status" data-status={deal.status}>
            <Badge tone={STATUS_TONES[deal.status]}>{t(`dealStatus.${deal.status}`)}</Badge>
          </span>
          {awaitsApproval(deal) && (
            <span data-testid="deal-approval">
              <Badge tone="warning">{t('deals.detail.awaitsApproval')}</Badge>
            </span>
          )}
          <span>{deal.dealOn}</span>
          <Button onClick={onClose}>{t('deals.detail.close')}</Button>
        </div>
        <dl>
          <dt>{t('deals.detail.buyer')}</dt>
          <dd data-testid="deal-buyer">{party(deal.buyerId)}</dd>
          <dt>{t('deals.detail.seller')}</dt>
          <dd data-testid="deal-seller">{party(deal.sellerId)}</dd>
        </dl>
        <table className="sd-deal-lines" aria-label={t('deals.detail.lines')} data-testid="deal-lines">
          <thead>
            <tr>
              <th>{t('deals.lineColumns.goods')}</th>
              <th>{t('deals.lineColumns.brand')}</th>
              <th>{t('deals.lineColumns.warehouse')}</th>
              <th>{t('deals.lineColumns.weight')}</th>
              <th>{t('deals.lineColumns.pieces')}</th>
              <th>{t('deals.lineColumns.weighing')}</th>
              <th>{t('deals.lineColumns.price')}</th>
              <th>{t('deals.lineColumns.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.lines.map((line, i) => (
              <tr key={i}>
                <td>{`${categoryName(line.category)} ${line.grade} ${line.spec.text}`}</td>
                <td>{line.brand ?? t('common.none')}</td>
                <td>{line.warehouse ?? t('common.none')}</td>
                <td>{formatTonnes(line.weightKg)}</td>
                <td>{line.pieces ?? t('common.none')}</td>
                <td>{t(`deals.weighing.${line.weighing}`)}</td>
                <td>{formatPricePerTon(line.priceFenPerTon)}</td>
                <td>{formatFen(lineAmountFen(line.priceFenPerTon, line.weightKg))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl>
          <dt>{t('deals.detail.totalWeight')}</dt>
          <dd data-testid="deal-total-weight">{t('common.tonnes', { value: formatTonnes(totals.kg) })}</dd>
          <dt>{t('deals.detail.totalAmount')}</dt>
          <dd data-testid="deal-total-amount">{formatFen(totals.amountFen)}</dd>
          <dt>{t('deals.terms.deliveryMethod')}</dt>
          <dd data-testid="deal-delivery">
            {t(`deals.delivery.${delivery.method}`)} · {delivery.warehouse ?? delivery.address ?? t('common.none')} · {delivery.from} – {delivery.to}
          </dd>
          <dt>{t('deals.terms.paymentMethod')}</dt>
          <dd data-testid="deal-payment">
            {t(`deals.payment.${payment.method}`)}
            {payment.creditDays !== undefined && ` · ${t('deals.detail.creditDays', { days: payment.creditDays })}`}
            {payment.prepaymentPercent !== undefined && ` · ${payment.prepaymentPercent}%`}
            {payment.depositFen !== undefined && ` · ${t('deals.detail.deposit', { amount: formatFen(payment.depositFen) })}`}
          </dd>
          <dt>{t('deals.terms.tolerance')}</dt>
          <dd data-testid="deal-tolerance">±{terms.tolerancePerMille}‰</dd>
          <dt>{t('deals.terms.objectionDays')}</dt>
          <dd>{t('deals.detail.days', { days: terms.objectionDays })}</dd>
          <dt>{t('deals.terms.commissionKind')}</dt>
          <dd data-testid="deal-commission">
            {commission.kind === 'per_ton' ? t('deals.detail.perTon', { amount: formatFen(commission.fenPerTon ?? 0) }) : t('deals.commission.spread')}
          </dd>
          {deal.paidOnTime !== undefined && (
            <>
              <dt>{t('deals.detail.paidOnTime')}</dt>
              <dd data-testid="deal-paid-on-time">{t(deal.paidOnTime ? 'deals.detail.yes' : 'deals.detail.no')}</dd>
            </>
          )}
          {deal.dispute && (
            <>
              <dt>{t('deals.detail.dispute')}</dt>
              <dd data-testid="deal-dispute" data-open={deal.dispute.resolvedOn === undefined}>
                <DisputeText dispute={deal.dispute} name={party(disputedCustomer(deal, deal.dispute.party))} />
              </dd>
            </>
          )}
        </dl>
        <div className="sd-deal__actions" data-testid="deal-actions">
          {approver && awaitsApproval(deal) && (
            <Button variant="primary" onClick={() => void approve()}>
              {t('deals.actions.approve')}
            </Button>
          )}
          {nextStatuses(deal.status).map((to) => to !== 'draft' && (
            <Button key={to} variant={to === 'cancelled' ? 'danger' : 'primary'} disabled={to === 'confirmed' && block !== undefined} onClick={() => void move(to)}>
              {t(ACTION_KEYS[to])}
            </Button>
          ))}
          {deal.status === 'draft' && <Button onClick={() => setDialog('editDraft')}>{t('deals.actions.editDraft')}</Button>}
          {(deal.status === 'confirmed' || deal.status === 'delivered') && <Button onClick={() => setDialog('amend')}>{t('deals.actions.amend')}</Button>}
          {canRaiseDispute(deal) && <Button onClick={() => setDialog('raiseDispute')}>{t('deals.actions.raiseDispute')}</Button>}
          {canResolveDispute(deal) && <Button onClick={() => setDialog('resolveDispute')}>{t('deals.actions.resolveDispute')}</Button>}
          {/* A confirmation is printed for signature once the deal is agreed: never a draft that may still need approval. */}
          {PRINTABLE_STATUSES.has(deal.status) && (
            <div className="sd-deal__print" data-testid="deal-print-slot">
              <PrintConfirmationButton dealId={deal.id} />
            </div>
          )}
        </div>
        {/* Who may approve decides what to say: nothing until the pairing is known. */}
        {block && pairing.status === 'ready' && <p role="note">{t(approver ? 'deals.detail.blockedForApprover' : 'deals.detail.blocked')}</p>}
        {failure && <p role="alert">{failure}</p>}

        <h3>{t('deals.detail.amendments')}</h3>
        {amendments.length === 0 ? (
          <p>{t('deals.detail.noAmendments')}</p>
        ) : (
          <ol data-testid="deal-amendments">
            {[...amendments]
              .sort((a, b) => a.agreedAt.localeCompare(b.agreedAt))
              .map((amendment) => (
                <li key={amendment.id}>
                  {t('deals.detail.amendment', { at: amendment.agreedAt.slice(0, 16).replace('T', ' '), by: amendment.agreedBy, via: t(`deals.via.${amendment.agreedVia}`), reason: amendment.reason })}
                  <ul>
                    {amendment.changes.map((change) => (
                      <li key={change.field}>{`${change.field}: ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`}</li>
                    ))}
                  </ul>
                </li>
              ))}
          </ol>
        )}

        <h3>{t('deals.detail.ratings')}</h3>
        {ratings.length === 0 && deal.status !== 'settled' && <p>{t('deals.detail.ratingsAfterSettlement')}</p>}
        <ul data-testid="deal-ratings">
          {ratings.map((rating) => (
            <li key={rating.id}>{t('deals.detail.rating', { by: t(`deals.roles.${rating.byRole}`), of: party(rating.customerId), score: rating.score, comment: rating.comment ?? '' })}</li>
          ))}
        </ul>
        {openRatingRoles(deal, ratings).map((role) => (
          <RatingForm key={role} deal={deal} role={role} />
        ))}
      </div>
      {dialog === 'amend' && <AmendDialog deal={deal} inForce={terms} onClose={() => setDialog('none')} />}
      {dialog === 'settle' && <SettleDialog deal={deal} onClose={() => setDialog('none')} />}
      {dialog === 'editDraft' && <EditDraftDialog deal={deal} onClose={() => setDialog('none')} />}
      {dialog === 'raiseDispute' && <RaiseDisputeDialog deal={deal} onClose={() => setDialog('none')} />}
      {dialog === 'resolveDispute' && <ResolveDisputeDialog deal={deal} onClose={() => setDialog('none')} />}
    </Panel>
  );
}

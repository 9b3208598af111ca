import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkLinePrice } from '../../../../shared/deals/dealPriceCheck';
import { dealsFromFills, type DealTerms, type Fill } from '../../../../shared/deals/dealsFromFills';
import { defaultDealTerms } from '../../../../shared/deals/defaultDealTerms';
import type { PaymentTerms } from '../../../../shared/model';
import { formatFen, yuanToFen } from '../../../../shared/money/fen';
import { formatScaledDecimal } from '../../../../shared/money/scaledDecimal';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useCustomerNames } from '../../app/book/useNames';
import { useServices } from '../../app/ServicesContext';
import { useSettings } from '../../app/settings/SettingsContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { formatTonnes } from '../../ui/format/quantities';
import { createDeals } from './createDeals';
import { DealTermsFields, type TermsInput } from './DealTermsFields';
import { nowInMarket } from './nowInMarket';
import { termErrorTexts, termsFromInput, termsToInput } from './termsInput';

export interface NewDealsDialogProps {
  fills: readonly Fill[];
  /** Buyer, broker and request the deals fill. */
  parties: Pick<DealTerms, 'buyerId' | 'brokerId' | 'requestId' | 'requestLineId'> & { payment?: PaymentTerms };
  dealOn: string;
  onClose: () => void;
  onCreated: (deals: StoredRecord<'deals'>[]) => void;
}

const yuanText = (fen: number) => formatScaledDecimal(fen, 2, { minDecimals: fen % 100 === 0 ? 0 : 2 });

/**
 * Makes the deals of a fill: one per seller, with the buyer's price per line (the offer's by
 * default), delivery, payment, tolerance, objection period and commission. Saved as drafts, or
 * confirmed at once — except deals priced under the floor, which stay drafts until the office approves.
 */
export function NewDealsDialog({ fills, parties, dealOn, onClose, onCreated }: NewDealsDialogProps) {
  const { t } = useTranslation();
  const book = useBook();
  const { settings } = useSettings();
  const { now } = useServices();
  const names = useCustomerNames();
  const [terms, setTerms] = useState<TermsInput>(() =>
    termsToInput(defaultDealTerms(dealOn, { ...(fills[0]?.offer.warehouse !== undefined && { warehouse: fills[0].offer.warehouse }), ...(parties.payment && { payment: parties.payment }) })),
  );
  const [prices, setPrices] = useState<string[]>(() => fills.map((fill) => yuanText(fill.offer.priceFenPerTon)));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();

  const checked = termsFromInput(terms);
  const priceFen = prices.map((price) => yuanToFen(price.trim()));
  const priceErrors = priceFen.map((fen) => (fen === undefined || fen <= 0 ? t('deals.errors.money') : undefined));
  const drafts =
    checked.ok && priceErrors.every((error) => error === undefined)
      ? dealsFromFills(
          fills.map((fill, i) => ({ ...fill, priceFenPerTon: priceFen[i]! })),
          { ...checked.terms, dealOn, buyerId: parties.buyerId, brokerId: parties.brokerId, ...(parties.requestId && { requestId: parties.requestId }), ...(parties.requestLineId && { requestLineId: parties.requestLineId }) },
        )
      : undefined;
  const pendingApproval = drafts?.filter((draft) => draft.needsApproval).length ?? 0;

  async function save(confirm: boolean) {
    if (!drafts) return;
    setSaving(true);
    setFailure(undefined);
    try {
      onCreated(await createDeals(book, drafts, { prefix: settings.brokerPrefix, ...(confirm && { confirmAt: nowInMarket(now()) }) }));
    } catch (error) {
      setFailure(errorMessage(error));
      setSaving(false);
    }
  }

  const errors = checked.ok ? {} : termErrorTexts(checked.errors, t);
  return (
    <Dialog
      title={t('deals.new.title', { buyer: names.get(parties.buyerId) ?? '' })}
      onClose={saving ? undefined : onClose}
      actions={
        <>
          <Button onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save(false)} disabled={!drafts || saving}>
            {t('deals.new.saveDrafts')}
          </Button>
          <Button variant="primary" onClick={() => void save(true)} disabled={!drafts || saving}>
            {t('deals.new.confirm')}
          </Button>
        </>
      }
    >
      <table className="sd-deal-lines" aria-label={t('deals.new.lines')}>
        <thead>
          <tr>
            <th>{t('deals.lineColumns.seller')}</th>
            <th>{t('deals.lineColumns.goods')}</th>
            <th>{t('deals.lineColumns.weight')}</th>
            <th>{t('deals.lineColumns.sellerPrice')}</th>
            <th>{t('deals.lineColumns.price')}</th>
          </tr>
        </thead>
        <tbody>
          {fills.map((fill, i) => {
            const fen = priceFen[i];
            const check =
              fen !== undefined && fen > 0 && checked.ok
                ? checkLinePrice({ ...fill.offer, weightKg: fill.weightKg, priceFenPerTon: fen, sellerPriceFenPerTon: fill.offer.priceFenPerTon }, checked.terms.commission)
                : undefined;
            return (
              <tr key={fill.offer.id}>
                <td>{names.get(fill.offer.sellerId) ?? t('common.none')}</td>
                <td>
                  {fill.offer.grade} {fill.offer.spec.text}
                </td>
                <td>{formatTonnes(fill.weightKg)}</td>
                <td>{formatFen(fill.offer.priceFenPerTon)}</td>
                <td>
                  <input
                    aria-label={t('deals.new.priceOf', { seller: names.get(fill.offer.sellerId) ?? '' })}
                    inputMode="decimal"
                    value={prices[i]}
                    aria-invalid={Boolean(priceErrors[i])}
                    onChange={(event) => setPrices((current) => current.map((p, j) => (j === i ? event.target.value : p)))}
                  />
                  {priceErrors[i] && <span className="sd-field__error">{priceErrors[i]}</span>}
                  {check?.needsApproval && (
                    <span className="sd-deal-lines__floor" role="note">
                      {t('deals.new.underFloor', { floor: formatFen(check.floorFenPerTon), by: formatFen(check.belowFloorFenPerTon) })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p data-testid="new-deals-count">{t('deals.new.count', { count: drafts?.length ?? 0 })}</p>
      {pendingApproval > 0 && <p role="note">{t('deals.new.needsApproval', { count: pendingApproval })}</p>}
      <DealTermsFields value={terms} errors={errors} onChange={setTerms} />
      {failure && <p role="alert">{t('deals.new.failed', { message: failure })}</p>}
    </Dialog>
  );
}

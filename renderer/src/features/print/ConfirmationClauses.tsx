import { useTranslation } from 'react-i18next';
import type { ConfirmationClauses as Clauses } from '../../../../shared/print/confirmationDocument';

/** The numbered terms of a confirmation: delivery, payment, weight tolerance (磅差), quality objections, validity. */
export function ConfirmationClauses({ clauses }: { clauses: Clauses }) {
  const { t } = useTranslation();
  const { delivery, payment } = clauses;
  const place = [delivery.warehouse, delivery.address].filter(Boolean).join(' ') || t('print.clauses.deliveryPlaceUnset');
  const paymentText =
    payment.method === 'cash_before_delivery'
      ? t('print.clauses.paymentCash')
      : payment.method === 'prepayment'
        ? payment.prepaymentPercent !== undefined
          ? t('print.clauses.paymentPrepayment', { percent: payment.prepaymentPercent })
          : t('print.clauses.paymentPrepaymentUnset')
        : payment.creditDays !== undefined
          ? t('print.clauses.paymentCredit', { days: payment.creditDays })
          : t('print.clauses.paymentCreditUnset');
  return (
    <section className="sd-confirmation__terms">
      <h2>{t('print.document.terms')}</h2>
      <ol>
        <li>{t('print.clauses.delivery', { method: t(`print.deliveryMethod.${delivery.method}`), place, from: delivery.from, to: delivery.to })}</li>
        <li>
          {paymentText}
          {payment.deposit !== undefined && <> {t('print.clauses.deposit', { amount: payment.deposit })}</>}
        </li>
        <li data-testid="tolerance-clause">{t('print.clauses.tolerance', { perMille: clauses.tolerancePerMille })}</li>
        <li data-testid="objection-clause">{t('print.clauses.objection', { days: clauses.objectionDays })}</li>
        <li>{t('print.clauses.validity')}</li>
      </ol>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { GradeBadge } from '../../ui/GradeBadge';
import { PhaseBadge } from '../../ui/PhaseBadge';
import { StageBadge } from '../../ui/StageBadge';
import type { CustomerRow } from './customerRows';
import type { ContactRecord } from './useCustomerDirectory';

export interface CustomerCardProps {
  row: CustomerRow;
  contacts: readonly ContactRecord[];
  brokerName: string;
  onOpen: (id: string) => void;
}

/** A customer at a glance: company, contacts, broker, stage, lifecycle phase, grade, last deal, next follow-up. */
export function CustomerCard({ row, contacts, brokerName, onOpen }: CustomerCardProps) {
  const { t } = useTranslation();
  const none = t('customers.card.none');
  return (
    <article className="sd-customer-card" data-testid="customer-card" data-customer-id={row.id} aria-label={row.name}>
      <button type="button" className="sd-customers__link sd-customer-card__name" onClick={() => onOpen(row.id)}>
        {row.shortName ?? row.name}
      </button>
      <div className="sd-customer-card__badges">
        <StageBadge stage={row.stage} />
        {row.phase && <PhaseBadge phase={row.phase} />}
        <GradeBadge grade={row.grade} />
      </div>
      <dl className="sd-customer-card__facts">
        <dt>{t('customers.card.contacts')}</dt>
        <dd>{contacts.length > 0 ? contacts.map((contact) => [contact.name, contact.phone].filter(Boolean).join(' ')).join(' · ') : t('customers.card.noContacts')}</dd>
        <dt>{t('customers.card.broker')}</dt>
        <dd>{brokerName}</dd>
        <dt>{t('customers.card.lastDeal')}</dt>
        <dd>{row.lastDealOn ?? none}</dd>
        <dt>{t('customers.card.nextFollowUp')}</dt>
        <dd>{row.nextFollowUpOn ?? none}</dd>
      </dl>
    </article>
  );
}

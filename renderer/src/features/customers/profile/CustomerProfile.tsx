import { useTranslation } from 'react-i18next';
import { categoriesBoughtBy, crossSellHints, formatNextGradeGap, formatPhaseReason, type CategoryAffinity, type CustomerInsight } from '../../../../../shared/customers';
import { formatFen } from '../../../../../shared/money/fen';
import { formatTons } from '../../../../../shared/weight/tons';
import { useServices } from '../../../app/ServicesContext';
import { useToday } from '../../../app/useToday';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { GradeBadge } from '../../../ui/GradeBadge';
import { PhaseBadge } from '../../../ui/PhaseBadge';
import { StageBadge } from '../../../ui/StageBadge';
import { useCategoryName } from '../../../ui/useCategoryName';
import { useLabelLanguage } from '../../../ui/useLabelLanguage';
import type { CustomerDirectory, CustomerRecord } from '../useCustomerDirectory';
import { ContactForm } from './ContactForm';
import { ContactLogForm } from './ContactLogForm';
import { CustomerTimeline } from './CustomerTimeline';
import { disputeRecordOf } from './disputeRecord';
import { penetrationOf } from './penetration';
import { useCustomerRecords } from './useCustomerRecords';

/** The latest ratings listed under the average. */
const SHOWN_RATINGS = 5;

export interface CustomerProfileProps {
  customer: CustomerRecord;
  directory: CustomerDirectory;
  /** Undefined while the insights are being computed. */
  insight: CustomerInsight | undefined;
  /** Category co-occurrence over the book (`useCategoryAffinity`); undefined while it loads. */
  affinity: CategoryAffinity | undefined;
  brokerName: (id: string) => string;
  onClose: () => void;
  onEdit: () => void;
}

/** One customer: stage, phase and why, grade and what the next one takes, basic data, credit (payments, disputes), ratings, contacts, timeline, cross-sell hints, and the contact log form. */
export function CustomerProfile({ customer, directory, insight, affinity, brokerName, onClose, onEdit }: CustomerProfileProps) {
  const { t } = useTranslation();
  const language = useLabelLanguage();
  const categoryName = useCategoryName();
  const records = useCustomerRecords(customer.id);
  const today = useToday(useServices().now).date;
  const contacts = directory.contactsOf.get(customer.id) ?? [];
  const referrer = customer.referredById ? directory.customers.find((other) => other.id === customer.referredById) : undefined;
  const notSet = t('customers.profile.notSet');
  const settled = records?.deals.filter((deal) => deal.buyerId === customer.id && deal.paidOnTime !== undefined) ?? [];
  const onTime = settled.filter((deal) => deal.paidOnTime).length;
  const disputes = records ? disputeRecordOf(customer.id, records.deals) : undefined;
  const ratingTotal = records?.ratings.reduce((sum, rating) => sum + rating.score, 0) ?? 0;
  const penetration = records && customer.estimatedMonthlyKg ? penetrationOf(records.deals, customer.estimatedMonthlyKg, today) : undefined;
  const crossSell = affinity ? crossSellHints(affinity, categoriesBoughtBy(affinity, customer.id)) : [];
  const stint = insight?.stageHistory[insight.stageHistory.length - 1];

  const facts: Array<[string, string]> = [
    [t('customers.profile.fields.shortName'), customer.shortName ?? notSet],
    [t('customers.profile.fields.type'), t(`customerType.${customer.type}`)],
    [t('customers.profile.fields.region'), [customer.region, customer.city].filter(Boolean).join(' · ') || notSet],
    [t('customers.profile.fields.address'), customer.address ?? notSet],
    [t('customers.profile.fields.phones'), customer.phones.join(', ') || notSet],
    [t('customers.profile.fields.broker'), brokerName(customer.brokerId)],
    [t('customers.profile.fields.categories'), customer.categories.map(categoryName).join(', ') || notSet],
    [t('customers.profile.fields.monthly'), customer.estimatedMonthlyKg === undefined ? notSet : t('customers.profile.monthlyTons', { tons: formatTons(customer.estimatedMonthlyKg) })],
    [t('customers.profile.fields.penetration'), penetration ? t('customers.profile.penetrationValue', penetration) : notSet],
    [t('customers.profile.fields.payment'), customer.paymentPreference ? t(`customers.payment.${customer.paymentPreference}`) : notSet],
    [t('customers.profile.fields.creditLimit'), customer.creditLimitFen === undefined ? notSet : formatFen(customer.creditLimitFen)],
    [t('customers.profile.fields.referredBy'), referrer?.name ?? notSet],
    [t('customers.profile.fields.notes'), customer.notes ?? notSet],
  ];

  return (
    <aside className="sd-customer-profile" aria-label={customer.name} data-testid="customer-profile">
      <header className="sd-customer-profile__header">
        <h2>{customer.name}</h2>
        <div className="sd-customer-profile__actions">
          <Button onClick={onEdit}>{t('customers.profile.edit')}</Button>
          <Button onClick={onClose}>{t('customers.profile.close')}</Button>
        </div>
      </header>

      <section aria-label={t('customers.profile.standing')}>
        <h3>{t('customers.profile.standing')}</h3>
        {insight && (
          <>
            <p className="sd-customer-profile__badges">
              <StageBadge stage={insight.stage} />
              {stint && <span className="sd-customers__muted">{t('customers.profile.stageSince', { date: stint.enteredOn })}</span>}
              {insight.phase && <PhaseBadge phase={insight.phase} />}
              <GradeBadge grade={insight.grade} />
            </p>
            <p data-testid="phase-reason">
              {t('customers.profile.phaseReason', { reason: formatPhaseReason(insight.phaseReason, language) })}
            </p>
            <p data-testid="next-grade">
              {insight.nextGradeGap ? t('customers.profile.nextGrade', { gap: formatNextGradeGap(insight.nextGradeGap, language) }) : t('customers.profile.topGrade')}
            </p>
          </>
        )}
        {customer.tags.length > 0 && (
          <p className="sd-customer-profile__badges">
            {customer.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </p>
        )}
      </section>

      <ContactLogForm customer={customer} contacts={contacts} />

      <section aria-label={t('customers.profile.basics')}>
        <h3>{t('customers.profile.basics')}</h3>
        <dl className="sd-customer-profile__facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-label={t('customers.profile.contacts')}>
        <h3>{t('customers.profile.contacts')}</h3>
        {contacts.length === 0 && <p className="sd-customers__muted">{t('customers.card.noContacts')}</p>}
        <ul className="sd-customer-profile__list">
          {contacts.map((contact) => (
            <li key={contact.id}>
              {[contact.name, contact.title, contact.phone, contact.wechat, contact.birthday].filter(Boolean).join(' · ')}{' '}
              {contact.isKey && <Badge tone="info">{t('customers.profile.keyContact')}</Badge>}
            </li>
          ))}
        </ul>
        <ContactForm customerId={customer.id} />
      </section>

      <section aria-label={t('customers.profile.credit')}>
        <h3>{t('customers.profile.credit')}</h3>
        {settled.length === 0 ? (
          <p className="sd-customers__muted">{t('customers.profile.noSettlements')}</p>
        ) : (
          <p>
            {t('customers.profile.paidOnTime', { count: onTime })} · {t('customers.profile.paidLate', { count: settled.length - onTime })}
          </p>
        )}
        {records && records.amendments > 0 && <p>{t('customers.profile.amendments', { count: records.amendments })}</p>}
        {disputes &&
          (disputes.latest ? (
            <>
              <p data-testid="credit-disputes">{t('customers.profile.disputes', { open: disputes.open, resolved: disputes.resolved })}</p>
              <p data-testid="credit-latest-dispute">{t('customers.profile.latestDispute', { raisedOn: disputes.latest.raisedOn, reason: disputes.latest.reason })}</p>
            </>
          ) : (
            <p className="sd-customers__muted">{t('customers.profile.noDisputes')}</p>
          ))}
      </section>

      <section aria-label={t('customers.profile.ratings')}>
        <h3>{t('customers.profile.ratings')}</h3>
        {records && records.ratings.length > 0 ? (
          <>
            <p>{t('customers.profile.ratingAverage', { score: (ratingTotal / records.ratings.length).toFixed(1), count: records.ratings.length })}</p>
            <ul className="sd-customer-profile__list" data-testid="ratings">
              {[...records.ratings]
                .sort((a, b) => (a.at < b.at ? 1 : -1))
                .slice(0, SHOWN_RATINGS)
                .map((rating) => (
                  <li key={rating.id}>
                    <time>{rating.at.slice(0, 10)}</time> {t('customers.profile.ratingLine', { score: rating.score, by: t(`customers.profile.ratedBy.${rating.byRole}`) })}
                    {rating.comment && ` · ${rating.comment}`}
                  </li>
                ))}
            </ul>
          </>
        ) : (
          <p className="sd-customers__muted">{t('customers.profile.noRatings')}</p>
        )}
      </section>

      <section aria-label={t('customers.profile.crossSell')}>
        <h3>{t('customers.profile.crossSell')}</h3>
        {crossSell.length > 0 ? (
          <ul className="sd-customer-profile__list">
            {crossSell.map((hint) => (
              <li key={hint.category}>
                {t('customers.profile.crossSellHint', { category: categoryName(hint.category), because: categoryName(hint.because), percent: Math.round(hint.confidence * 100) })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="sd-customers__muted">{t('customers.profile.noCrossSell')}</p>
        )}
      </section>

      <section aria-label={t('customers.profile.timeline')}>
        <h3>{t('customers.profile.timeline')}</h3>
        {records && <CustomerTimeline customerId={customer.id} records={records} contacts={contacts} />}
      </section>
    </aside>
  );
}

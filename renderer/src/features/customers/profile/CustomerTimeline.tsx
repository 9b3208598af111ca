import { useTranslation } from 'react-i18next';
import { formatTons } from '../../../../../shared/weight/tons';
import { useCategoryName } from '../../../ui/useCategoryName';
import type { ContactRecord } from '../useCustomerDirectory';
import type { CustomerRecords } from './useCustomerRecords';

interface Entry {
  key: string;
  /** Sorts the timeline: an ISO date or date-time. */
  when: string;
  kind: 'contact' | 'request' | 'offer' | 'deal';
  text: string;
}

/** Contacts, requests, offers and deals of the customer, newest first. */
export function CustomerTimeline({ customerId, records, contacts }: { customerId: string; records: CustomerRecords; contacts: readonly ContactRecord[] }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const contactName = new Map(contacts.map((contact) => [contact.id, contact.name]));
  const entries: Entry[] = [
    ...records.logs.map((log): Entry => ({
      key: log.id,
      when: log.at,
      kind: 'contact',
      text: [t(`customers.channels.${log.channel}`), log.contactId && contactName.get(log.contactId), log.summary, log.nextFollowUpOn && `→ ${log.nextFollowUpOn}`].filter(Boolean).join(' · '),
    })),
    ...records.requests.map((request): Entry => ({ key: request.id, when: request.receivedAt, kind: 'request', text: t('customers.profile.requestLine', { lines: request.lines.length }) })),
    ...records.offers.map((offer): Entry => ({
      key: offer.id,
      when: offer.postedAt,
      kind: 'offer',
      text: t('customers.profile.offerLine', { category: categoryName(offer.category), grade: offer.grade, tons: formatTons(offer.availableKg) }),
    })),
    ...records.deals.map((deal): Entry => ({
      key: deal.id,
      when: deal.dealOn,
      kind: 'deal',
      text: t('customers.profile.dealLine', {
        number: deal.number,
        tons: formatTons(deal.lines.reduce((sum, line) => sum + line.weightKg, 0)),
        status: t(`dealStatus.${deal.status}`),
      }),
    })),
  ].sort((a, b) => (a.when < b.when ? 1 : a.when > b.when ? -1 : 0));

  if (entries.length === 0) return <p className="sd-customers__muted">{t('customers.profile.noTimeline')}</p>;
  return (
    <ol className="sd-customer-timeline" data-testid="customer-timeline" data-customer-id={customerId}>
      {entries.map((entry) => (
        <li key={entry.key} data-kind={entry.kind}>
          <time>{entry.when.slice(0, 10)}</time> <strong>{t(`customers.profile.timelineKinds.${entry.kind}`)}</strong> {entry.text}
        </li>
      ))}
    </ol>
  );
}

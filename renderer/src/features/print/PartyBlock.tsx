import { useTranslation } from 'react-i18next';
import type { ConfirmationParty } from '../../../../shared/print/confirmationParty';

/** One party of a confirmation: name, contact, phones and address under a heading. */
export function PartyBlock({ title, party, testId }: { title: string; party: ConfirmationParty; testId: string }) {
  const { t } = useTranslation();
  const dash = t('common.none');
  return (
    <section className="sd-confirmation__party" data-testid={testId}>
      <h2>{title}</h2>
      <dl>
        <dt>{t('print.document.party.name')}</dt>
        <dd>{party.name}</dd>
        <dt>{t('print.document.party.contact')}</dt>
        <dd>{party.contact ?? dash}</dd>
        <dt>{t('print.document.party.phones')}</dt>
        <dd>{party.phones.length > 0 ? party.phones.join(', ') : dash}</dd>
        <dt>{t('print.document.party.address')}</dt>
        <dd>{party.address || dash}</dd>
      </dl>
    </section>
  );
}

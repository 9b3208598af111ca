import { useTranslation } from 'react-i18next';
import type { DealDispute } from '../../../../shared/model';

/** One dispute in a line: when, with whom, why, and the outcome once resolved. `name` is the disputed customer's. */
export function DisputeText({ dispute, name }: { dispute: DealDispute; name: string }) {
  const { t } = useTranslation();
  const facts = { raisedOn: dispute.raisedOn, name, role: t(`deals.roles.${dispute.party}`), reason: dispute.reason };
  return <>{dispute.resolvedOn === undefined ? t('deals.detail.disputeOpen', facts) : t('deals.detail.disputeResolved', { ...facts, resolvedOn: dispute.resolvedOn, resolution: dispute.resolution })}</>;
}

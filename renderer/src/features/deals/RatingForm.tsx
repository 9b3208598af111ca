import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ratedCustomer, type RatingRole } from '../../../../shared/deals/dealRatings';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useCustomerNames } from '../../app/book/useNames';
import { useServices } from '../../app/ServicesContext';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { nowInMarket } from './nowInMarket';

const SCORES = ['5', '4', '3', '2', '1'] as const;

/** One side's rating of the other after settlement (客户评价), appended to the ratings. */
export function RatingForm({ deal, role }: { deal: StoredRecord<'deals'>; role: RatingRole }) {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const names = useCustomerNames();
  const [score, setScore] = useState<(typeof SCORES)[number]>('5');
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<string>();
  const customerId = ratedCustomer(deal, role);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await book.repository.create('ratings', { dealId: deal.id, customerId, byRole: role, score: Number(score), ...(comment.trim() && { comment: comment.trim() }), at: nowInMarket(now()) });
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  const legend = t('deals.rate.legend', { by: t(`deals.roles.${role}`), of: names.get(customerId) ?? '' });
  return (
    <form onSubmit={(event) => void save(event)} aria-label={legend} data-testid={`rate-${role}`}>
      <h4>{legend}</h4>
      <SelectField label={t('deals.rate.score')} value={score} options={SCORES.map((s) => ({ value: s, label: s }))} onChange={setScore} />
      <Field label={t('deals.rate.comment')}>{(control) => <input {...control} value={comment} onChange={(event) => setComment(event.target.value)} />}</Field>
      <Button type="submit">{t('deals.rate.save')}</Button>
      {failure && <p role="alert">{failure}</p>}
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES } from '../../../../shared/catalogue/categories';
import type { Broker } from '../../../../shared/model';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { useCategoryName } from '../../ui/useCategoryName';
import { periodProblem, type FilterChoice } from './filterChoice';

const CUSTOMER_TYPES = ['buyer', 'seller', 'both'] as const;

export interface AnalyticsFilterBarProps {
  choice: FilterChoice;
  onChange: (choice: FilterChoice) => void;
  onReset: () => void;
  brokers: readonly Pick<Broker, 'id' | 'name'>[];
  regions: readonly string[];
}

/** Period, broker, region, category and customer type: every chart of the page follows them. */
export function AnalyticsFilterBar({ choice, onChange, onReset, brokers, regions }: AnalyticsFilterBarProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const all = { value: '' as const, label: t('analytics.filter.all') };
  const set = (patch: Partial<FilterChoice>) => onChange({ ...choice, ...patch });
  const problem = periodProblem(choice);
  return (
    <form className="sd-analytics__filters" role="search" aria-label={t('analytics.filter.label')} onSubmit={(event) => event.preventDefault()}>
      <Field label={t('analytics.filter.from')} error={problem === 'missing' && !choice.from ? t('analytics.filter.missing') : undefined}>
        {(control) => <input {...control} type="month" value={choice.from} onChange={(event) => set({ from: event.target.value })} />}
      </Field>
      <Field
        label={t('analytics.filter.to')}
        error={problem === 'order' ? t('analytics.filter.order') : problem === 'missing' && !choice.to ? t('analytics.filter.missing') : undefined}
      >
        {(control) => <input {...control} type="month" value={choice.to} onChange={(event) => set({ to: event.target.value })} />}
      </Field>
      <SelectField
        label={t('analytics.filter.broker')}
        value={choice.brokerId}
        options={[all, ...brokers.map((broker) => ({ value: broker.id, label: broker.name }))]}
        onChange={(brokerId) => set({ brokerId })}
      />
      <SelectField
        label={t('analytics.filter.region')}
        value={choice.region}
        options={[all, ...regions.map((region) => ({ value: region, label: region }))]}
        onChange={(region) => set({ region })}
      />
      <SelectField
        label={t('analytics.filter.category')}
        value={choice.category}
        options={[all, ...CATEGORY_CODES.map((code) => ({ value: code, label: categoryName(code) }))]}
        onChange={(category) => set({ category })}
      />
      <SelectField
        label={t('analytics.filter.customerType')}
        value={choice.customerType}
        options={[all, ...CUSTOMER_TYPES.map((type) => ({ value: type, label: t(`customerType.${type}`) }))]}
        onChange={(customerType) => set({ customerType })}
      />
      <Button onClick={onReset}>{t('analytics.filter.reset')}</Button>
    </form>
  );
}

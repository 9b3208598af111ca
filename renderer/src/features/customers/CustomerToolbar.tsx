import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES, type CategoryCode } from '../../../../shared/catalogue/categories';
import {
  CUSTOMER_SORT_KEYS,
  DEVELOPMENT_STAGES,
  GRADE_CODES,
  GRADE_LABELS,
  LIFECYCLE_PHASES,
  PHASE_LABELS,
  STAGE_LABELS,
  type CustomerFilters,
  type CustomerSortKey,
} from '../../../../shared/customers';
import { Button } from '../../ui/Button';
import { useCategoryName } from '../../ui/useCategoryName';
import { useLabelLanguage } from '../../ui/useLabelLanguage';

export interface CustomerToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  filters: CustomerFilters;
  onFilters: (filters: CustomerFilters) => void;
  sort: CustomerSortKey;
  onSort: (sort: CustomerSortKey) => void;
  regions: readonly string[];
  brokers: ReadonlyArray<{ id: string; name: string }>;
}

type FilterKey = keyof CustomerFilters;

/** The search box (results per keystroke), the filters and the sort order of the customer list and board. */
export function CustomerToolbar({ query, onQuery, filters, onFilters, sort, onSort, regions, brokers }: CustomerToolbarProps) {
  const { t } = useTranslation();
  const language = useLabelLanguage();
  const categoryName = useCategoryName();
  const choices: ReadonlyArray<{ key: FilterKey; label: string; options: ReadonlyArray<{ value: string; label: string }> }> = [
    { key: 'stage', label: t('customers.filters.stage'), options: DEVELOPMENT_STAGES.map((value) => ({ value, label: STAGE_LABELS[value][language] })) },
    {
      key: 'phase',
      label: t('customers.filters.phase'),
      options: [...LIFECYCLE_PHASES.map((value) => ({ value, label: PHASE_LABELS[value][language] })), { value: 'none', label: t('customers.filters.noPhase') }],
    },
    { key: 'grade', label: t('customers.filters.grade'), options: GRADE_CODES.map((value) => ({ value, label: GRADE_LABELS[value][language] })) },
    { key: 'region', label: t('customers.filters.region'), options: regions.map((value) => ({ value, label: value })) },
    { key: 'category', label: t('customers.filters.category'), options: CATEGORY_CODES.map((value: CategoryCode) => ({ value, label: categoryName(value) })) },
    { key: 'brokerId', label: t('customers.filters.broker'), options: brokers.map((broker) => ({ value: broker.id, label: broker.name })) },
  ];
  const setFilter = (key: FilterKey, value: string) => {
    const next: Record<string, string> = { ...(filters as Record<string, string>) };
    if (value === '') delete next[key];
    else next[key] = value;
    onFilters(next as CustomerFilters);
  };
  const filtered = Object.keys(filters).length > 0;

  return (
    <div className="sd-customers__toolbar">
      <input
        type="search"
        className="sd-control sd-customers__search"
        aria-label={t('customers.search.label')}
        placeholder={t('customers.search.placeholder')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
      />
      {choices.map(({ key, label, options }) => (
        <select key={key} className="sd-control" aria-label={label} value={filters[key] ?? ''} onChange={(event) => setFilter(key, event.target.value)}>
          <option value="">
            {label}: {t('customers.filters.all')}
          </option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ))}
      {filtered && <Button onClick={() => onFilters({})}>{t('customers.filters.clear')}</Button>}
      <select className="sd-control" aria-label={t('customers.sort.label')} value={sort} onChange={(event) => onSort(event.target.value as CustomerSortKey)}>
        {CUSTOMER_SORT_KEYS.map((key) => (
          <option key={key} value={key}>
            {t(`customers.sort.${key}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

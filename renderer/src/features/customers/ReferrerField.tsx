import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import type { CustomerDirectory } from './useCustomerDirectory';
import { useCustomerSearch } from './useCustomerSearch';

const SHOWN = 5;

/** Who referred the customer (转介绍, word of mouth): found by the same search as the list, picked from the first matches. */
export function ReferrerField({ directory, value, exceptId, onChange }: { directory: CustomerDirectory; value: string | undefined; exceptId?: string; onChange: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const found = useCustomerSearch(directory, query);
  const nameOf = (id: string) => directory.customers.find((customer) => customer.id === id)?.name ?? id;
  const choices = (found ?? []).filter((id) => id !== exceptId).slice(0, SHOWN);

  if (value) {
    return (
      <div className="sd-field">
        <span className="sd-customer-form__label">{t('customers.form.referredBy')}</span>
        <span>
          {nameOf(value)} <Button onClick={() => onChange(undefined)}>{t('customers.form.clearReferrer')}</Button>
        </span>
      </div>
    );
  }
  return (
    <Field label={t('customers.form.referredBy')} hint={t('customers.form.referredByHint')}>
      {(control) => (
        <>
          <input {...control} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
          {choices.length > 0 && (
            <ul className="sd-customer-form__choices">
              {choices.map((id) => (
                <li key={id}>
                  <button type="button" className="sd-customers__link" onClick={() => onChange(id)}>
                    {nameOf(id)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Field>
  );
}

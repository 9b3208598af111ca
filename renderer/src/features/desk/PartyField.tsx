import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { Field } from '../../ui/Field';

type Customer = StoredRecord<'customers'>;

export interface PartyFieldProps {
  label: string;
  /** Which customers fit: buyers for a request, sellers for an offer ('both' fits either). */
  role: 'buyer' | 'seller';
  onChange: (customer: Customer | undefined) => void;
  error?: string;
}

const nameOf = (customer: Customer) => customer.shortName || customer.name;

/**
 * Picks a customer by typing: the browser's completion over the short and full names of the
 * customers who fit the role. The party is set once the text is exactly one of them.
 */
export function PartyField({ label, role, onChange, error }: PartyFieldProps) {
  const { t } = useTranslation();
  const book = useBook();
  const listId = useId();
  const [text, setText] = useState('');
  const customers = useLiveQuery(async () => (await book.read.query('customers').toArray()).filter((c) => c.type === role || c.type === 'both'), [book, role]);

  function change(value: string) {
    setText(value);
    const typed = value.trim();
    onChange(customers?.find((customer) => nameOf(customer) === typed || customer.name === typed));
  }

  return (
    <Field label={label} error={error} hint={t('desk.partyHint')}>
      {(control) => (
        <>
          <input {...control} list={listId} value={text} autoComplete="off" onChange={(event) => change(event.target.value)} />
          <datalist id={listId}>
            {customers?.map((customer) => (
              <option key={customer.id} value={nameOf(customer)}>
                {customer.name}
              </option>
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}

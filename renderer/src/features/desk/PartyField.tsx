import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { Field } from '../../ui/Field';

type Customer = StoredRecord<'customers'>;
export type PartyRole = 'buyer' | 'seller';

const nameOf = (customer: Customer) => customer.shortName || customer.name;

/**
 * The customer typed in a party field, read from what is typed and the customers who fit the
 * role (buyers for a request, sellers for an offer; 'both' fits either): exactly a short or full
 * name. Read at each render, so it also resolves once the customers have loaded.
 */
export function useParty(role: PartyRole, text: string): { customers: Customer[] | undefined; party: Customer | undefined } {
  const book = useBook();
  const customers = useLiveQuery(async () => (await book.read.query('customers').toArray()).filter((c) => c.type === role || c.type === 'both'), [book, role]);
  const typed = text.trim();
  return { customers, party: customers?.find((customer) => nameOf(customer) === typed || customer.name === typed) };
}

export interface PartyFieldProps {
  label: string;
  text: string;
  customers: Customer[] | undefined;
  onText: (text: string) => void;
  error?: string;
}

/** Picks a customer by typing, with the browser's completion over the names of those who fit. */
export function PartyField({ label, text, customers, onText, error }: PartyFieldProps) {
  const { t } = useTranslation();
  const listId = useId();
  return (
    <Field label={label} error={error} hint={t('desk.partyHint')}>
      {(control) => (
        <>
          <input {...control} list={listId} value={text} autoComplete="off" onChange={(event) => onText(event.target.value)} />
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

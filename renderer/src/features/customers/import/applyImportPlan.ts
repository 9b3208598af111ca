import type { ImportPlan } from '../../../../../shared/customerImport';
import { uuidv7 } from '../../../../../shared/ids/uuidv7';
import type { Book } from '../../../data';

/**
 * Writes an import plan through the repository in one transaction: all of it or, when anything is
 * refused, none of it. A new customer's first contact becomes its key contact.
 */
export async function applyImportPlan(book: Book, plan: ImportPlan): Promise<void> {
  const customers = plan.creates.map((create) => ({ ...create.customer, id: uuidv7() }));
  const contacts = [
    ...plan.creates.flatMap((create, i) => create.contacts.map((contact, c) => ({ ...contact, customerId: customers[i]!.id, isKey: c === 0 }))),
    ...plan.updates.flatMap((update) => update.newContacts.map((contact) => ({ ...contact, customerId: update.id, isKey: false }))),
  ];
  await book.repository.atomically(['customers', 'contacts'], async () => {
    if (customers.length > 0) await book.repository.createMany('customers', customers);
    if (contacts.length > 0) await book.repository.createMany('contacts', contacts);
    for (const update of plan.updates) {
      if (Object.keys(update.patch).length > 0) await book.repository.update('customers', update.id, update.patch);
      for (const { id, patch } of update.contactPatches) await book.repository.update('contacts', id, patch);
    }
  });
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WriteRefusedError, type Book } from '../../../../renderer/src/data';
import { dealDraft, freshIndexedDb, openTestBook } from './testBook';

const AT = '2026-11-23T11:00:00+08:00';

// The deals rules as the real store applies them (WRITE_RULES), not a rule book made for the test.
describe('the store keeps the deal rules', () => {
  let book: Book;
  beforeEach(async () => {
    book = await openTestBook(freshIndexedDb());
  });
  afterEach(() => book.close());

  it('refuses to edit a confirmed deal in place and keeps it as confirmed', async () => {
    const deal = await book.repository.create('deals', dealDraft());
    await book.repository.update('deals', deal.id, { objectionDays: 10 });
    const confirmed = await book.repository.update('deals', deal.id, { status: 'confirmed', confirmedAt: AT });
    await expect(book.repository.update('deals', deal.id, { tolerancePerMille: 5 })).rejects.toThrow(/record an amendment/);
    await expect(book.repository.remove('deals', deal.id)).rejects.toThrow(WriteRefusedError);
    expect(await book.read.get('deals', deal.id)).toEqual(confirmed);
    expect(confirmed.objectionDays).toBe(10);
  });

  it('takes a dispute on a confirmed deal though its terms are closed, never on a draft', async () => {
    const deal = await book.repository.create('deals', dealDraft());
    const dispute = { raisedOn: '2026-11-23', party: 'seller' as const, reason: '短重 1 吨' };
    await expect(book.repository.update('deals', deal.id, { dispute })).rejects.toThrow(/takes no dispute/);
    await book.repository.update('deals', deal.id, { status: 'confirmed', confirmedAt: AT });
    expect((await book.repository.update('deals', deal.id, { dispute })).dispute).toEqual(dispute);
    await expect(book.repository.update('deals', deal.id, { dispute: { ...dispute, reason: '质量' } })).rejects.toThrow(/recorded once/);
  });

  it('refuses to confirm a deal priced under the floor until the office approves it', async () => {
    const deal = await book.repository.create('deals', dealDraft({ needsApproval: true }));
    await expect(book.repository.update('deals', deal.id, { status: 'confirmed', confirmedAt: AT })).rejects.toThrow(/office approval/);
    await book.repository.update('deals', deal.id, { approvedAt: AT });
    expect((await book.repository.update('deals', deal.id, { status: 'confirmed', confirmedAt: AT })).status).toBe('confirmed');
  });
});

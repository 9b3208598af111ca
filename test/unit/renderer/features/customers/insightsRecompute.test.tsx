import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inThreadInsightRunner, type InsightRunner } from '../../../../../renderer/src/app/book/insights';
import type { CustomerBook } from '../../../../../shared/customers';
import { renderApp } from '../../app/support/renderApp';
import { BUYER_ID } from '../../app/support/smallBook';
import { seed, testWorld } from '../../app/support/testServices';
import { CUSTOMER_BOOK } from './customerBook';

describe('useCustomerInsights through the services runner', () => {
  it('recomputes when a contact log is written, carrying the grades it showed into the next computation', async () => {
    const books: CustomerBook[] = [];
    const recording: InsightRunner = {
      compute: (book, today) => {
        books.push(book);
        return inThreadInsightRunner.compute(book, today);
      },
    };
    const world = testWorld();
    await seed(world, 'main', CUSTOMER_BOOK);
    await renderApp({ ...world, services: { ...world.services, insightRunner: recording } }, '#/customers');
    fireEvent.click(await screen.findByRole('button', { name: '上海宝丰建材有限公司' }));
    const profile = await screen.findByRole('complementary', { name: '上海宝丰建材有限公司' });
    await waitFor(() => expect(books.length).toBeGreaterThan(0));
    const before = books.length;
    expect(books[0]!.previousGrades).toBeUndefined();

    const form = within(profile).getByRole('form', { name: '记录跟进' });
    fireEvent.change(within(form).getByLabelText('内容'), { target: { value: '电话确认到货' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存跟进' }));

    await waitFor(() => expect(books.length).toBeGreaterThan(before));
    const latest = books[books.length - 1]!;
    expect(latest.contactLogs?.filter((log) => log.customerId === BUYER_ID)).toHaveLength(1);
    expect(latest.previousGrades?.[BUYER_ID]).toBe('standard');
  });
});

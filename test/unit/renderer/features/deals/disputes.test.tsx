import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/support/renderApp';
import { SMALL_BOOK } from '../../app/support/smallBook';
import { seed, testWorld, type TestWorld } from '../../app/support/testServices';

const NUMBER = 'ZL-20261015-001'; // settled: a dispute may come after the money

async function storedDispute(world: TestWorld) {
  const book = await world.open('main');
  try {
    const [deal] = await book.read.query('deals', (t) => t.where('number').equals(NUMBER)).toArray();
    return deal!.dispute;
  } finally {
    book.close();
  }
}

describe('disputes on the credit record', () => {
  it('a dispute recorded on a deal shows in the deal and, once resolved, in the customer’s credit record', async () => {
    const world = testWorld();
    await seed(world, 'main', SMALL_BOOK);
    await renderApp(world, '#/deals');
    fireEvent.click(await screen.findByRole('button', { name: NUMBER }));
    const detail = await screen.findByTestId('deal-detail');
    await within(detail).findByTestId('deal-number');
    expect(within(detail).queryByTestId('deal-dispute')).toBeNull();

    fireEvent.click(within(detail).getByRole('button', { name: '记录纠纷' }));
    const raise = await screen.findByRole('dialog', { name: `记录纠纷 ${NUMBER}` });
    const save = within(raise).getByRole('button', { name: '记录纠纷' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(within(raise).getByLabelText('纠纷方'), { target: { value: 'buyer' } });
    fireEvent.change(within(raise).getByLabelText('纠纷原因'), { target: { value: '买方拒收，称有锈' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(within(detail).getByTestId('deal-dispute').textContent).toBe('2026-11-23 与宝丰建材（买方）：买方拒收，称有锈（未解决）'));
    expect(within(detail).queryByRole('button', { name: '记录纠纷' })).toBeNull();
    expect(await storedDispute(world)).toEqual({ raisedOn: '2026-11-23', party: 'buyer', reason: '买方拒收，称有锈' });

    fireEvent.click(within(detail).getByRole('button', { name: '纠纷已解决' }));
    const resolve = await screen.findByRole('dialog', { name: `纠纷已解决 ${NUMBER}` });
    fireEvent.change(within(resolve).getByLabelText('处理结果'), { target: { value: '降价 50 元/吨' } });
    fireEvent.click(within(resolve).getByRole('button', { name: '记录处理结果' }));
    await waitFor(() => expect(within(detail).getByTestId('deal-dispute').textContent).toBe('2026-11-23 与宝丰建材（买方）：买方拒收，称有锈；2026-11-23 已解决：降价 50 元/吨'));
    expect(within(detail).queryByRole('button', { name: '纠纷已解决' })).toBeNull();

    window.location.hash = '#/customers';
    fireEvent.click(await screen.findByRole('button', { name: '上海宝丰建材有限公司' }));
    const profile = await screen.findByRole('complementary', { name: '上海宝丰建材有限公司' });
    const credit = within(profile).getByRole('region', { name: '信用记录' });
    await waitFor(() => expect(within(credit).getByTestId('credit-disputes').textContent).toBe('纠纷：未解决 0 起 · 已解决 1 起'));
    expect(within(credit).getByTestId('credit-latest-dispute').textContent).toBe('最近一次（2026-11-23）：买方拒收，称有锈');

    // The dispute was with the buyer: the seller's record stays clean.
    fireEvent.click(screen.getByRole('button', { name: '无锡永兴钢铁贸易有限公司' }));
    const sellerProfile = await screen.findByRole('complementary', { name: '无锡永兴钢铁贸易有限公司' });
    await waitFor(() => expect(within(sellerProfile).getByRole('region', { name: '信用记录' }).textContent).toContain('无纠纷'));
  });
});

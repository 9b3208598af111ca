import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CustomerBoard } from '../../../../../renderer/src/features/customers/CustomerBoard';
import { CustomerList } from '../../../../../renderer/src/features/customers/CustomerList';
import type { CustomerRow } from '../../../../../renderer/src/features/customers/customerRows';
import '../../../../../renderer/src/i18n/i18n';
import { DEVELOPMENT_STAGES } from '../../../../../shared/customers';

const COUNT = 50_000;

const rows: CustomerRow[] = Array.from({ length: COUNT }, (_, i) => {
  const id = `c${i}`;
  const meta = { stamps: {}, hlc: '', deviceId: 'test', deleted: 0 as const };
  const customer: CustomerRow['customer'] = { id, name: `客户${i}`, type: 'buyer', region: '华东', phones: [], brokerId: 'zhang', categories: [], tags: [], meta };
  return { id, name: customer.name, region: '华东', categories: [], brokerId: 'zhang', stage: DEVELOPMENT_STAGES[i % 4]!, grade: 'standard', customer };
});

describe('the customer list and board at 50,000 customers', () => {
  it('the list puts only the rows in view into the page, and tells assistive technology the full count', () => {
    render(<CustomerList rows={rows} brokerName={() => '张立'} onOpen={() => {}} empty={null} />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    const rendered = within(table).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
  });

  it('each board column renders only the cards in view and counts them all', () => {
    render(<CustomerBoard rows={rows} contactsOf={new Map()} brokerName={() => '张立'} onOpen={() => {}} />);
    const cards = screen.getAllByTestId('customer-card');
    expect(cards.length).toBeGreaterThan(4);
    expect(cards.length).toBeLessThan(60);
    expect(within(screen.getByTestId('board-loyal')).getByRole('heading').textContent).toBe('忠诚客户 12500');
  });
});

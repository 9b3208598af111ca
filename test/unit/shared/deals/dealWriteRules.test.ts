import { describe, expect, it } from 'vitest';
import { dealCreateRefusal } from '../../../../shared/deals';
import { deal } from './dealFixture';

describe('dealCreateRefusal', () => {
  it('refuses a deal whose buyer is its own seller, and takes one between two customers', () => {
    const between = deal();
    expect(dealCreateRefusal(between)).toBeUndefined();
    expect(dealCreateRefusal({ ...between, sellerId: between.buyerId })).toBe(`a deal is between two customers: ${between.buyerId} cannot buy from itself`);
  });
});

import { describe, expect, it } from 'vitest';
import { hashOfPage, pageFromHash } from '../../../../renderer/src/app/hashRoute';
import { PAGE_IDS } from '../../../../renderer/src/app/pageIds';
import { pageForShortcut, shortcutLabel } from '../../../../renderer/src/app/useNavShortcuts';

describe('hash routes', () => {
  it.each(PAGE_IDS)('#/%s round-trips', (page) => {
    expect(pageFromHash(hashOfPage(page))).toBe(page);
  });

  it.each(['', '#', '#/', '#/nowhere', '#/print/deal/1', 'customers'])('%j falls back to the desk', (hash) => {
    expect(pageFromHash(hash)).toBe('desk');
  });

  it('ignores what follows the page segment', () => {
    expect(pageFromHash('#/deals/0194f3c2')).toBe('deals');
    expect(pageFromHash('#/customers?q=沙钢')).toBe('customers');
  });
});

describe('navigation shortcuts', () => {
  const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  });

  it('Ctrl+1..6 and Cmd+1..6 pick the pages in navigation order', () => {
    expect(PAGE_IDS.map((_, i) => pageForShortcut(press(String(i + 1), { ctrlKey: true })))).toEqual([...PAGE_IDS]);
    expect(pageForShortcut(press('4', { metaKey: true }))).toBe('analytics');
  });

  it.each([
    ['1', {}],
    ['7', { ctrlKey: true }],
    ['0', { ctrlKey: true }],
    ['a', { ctrlKey: true }],
    ['2', { ctrlKey: true, shiftKey: true }],
    ['2', { ctrlKey: true, altKey: true }],
  ])('%s with %j is not a navigation shortcut', (key, modifiers) => {
    expect(pageForShortcut(press(key, modifiers))).toBeUndefined();
  });

  it('labels shortcuts per platform', () => {
    expect(shortcutLabel(0, 'Win32')).toBe('Ctrl+1');
    expect(shortcutLabel(5, 'MacIntel')).toBe('⌘6');
  });
});

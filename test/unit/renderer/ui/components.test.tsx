import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../../renderer/src/ui/Dialog';
import { Field } from '../../../../renderer/src/ui/Field';
import { ProgressBar } from '../../../../renderer/src/ui/ProgressBar';
import { VirtualTable, type Column } from '../../../../renderer/src/ui/VirtualTable';

afterEach(cleanup);

describe('VirtualTable', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, name: `行 ${i}`, kg: i }));
  const columns: Column<(typeof rows)[number]>[] = [
    { id: 'name', header: '名称', width: '1fr', render: (r) => r.name },
    { id: 'kg', header: '重量', width: '80px', align: 'end', render: (r) => String(r.kg) },
  ];

  it('renders only a window of 10,000 rows while telling the full row count', () => {
    render(<VirtualTable label="测试" columns={columns} rows={rows} rowKey={(r) => r.id} empty={null} />);
    const table = screen.getByRole('table', { name: '测试' });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    const rendered = within(table).getAllByRole('row');
    // The 640 px test viewport holds 20 rows of 32 px; overscan adds a few. Far fewer than 10,000.
    expect(rendered.length).toBeGreaterThan(20);
    expect(rendered.length).toBeLessThan(40);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['名称', '重量']);
    expect(within(rendered[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['行 0', '0']);
    expect(rendered[1]!.getAttribute('aria-rowindex')).toBe('2');
  });

  it('shows the empty state instead of a table when there are no rows, and nothing while loading', () => {
    const { rerender } = render(<VirtualTable label="测试" columns={columns} rows={undefined} rowKey={(r) => r.id} empty={<p>空</p>} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('空')).toBeNull();
    rerender(<VirtualTable label="测试" columns={columns} rows={[]} rowKey={(r) => r.id} empty={<p>空</p>} />);
    expect(screen.getByText('空')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('Dialog', () => {
  function Harness({ onClose }: { onClose: () => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button onClick={() => setOpen(true)}>打开</button>
        {open && (
          <Dialog
            title="确认"
            onClose={() => {
              onClose();
              setOpen(false);
            }}
            actions={
              <>
                <button>取消</button>
                <button>确定</button>
              </>
            }
          >
            <p>正文</p>
          </Dialog>
        )}
      </>
    );
  }

  it('is a modal named by its title that takes focus, keeps Tab inside, closes on Escape and gives focus back', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const opener = screen.getByRole('button', { name: '打开' });
    opener.focus();
    fireEvent.click(opener);

    const dialog = screen.getByRole('dialog', { name: '确认' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const [cancel, ok] = within(dialog).getAllByRole('button');
    expect(document.activeElement).toBe(cancel);

    ok!.focus();
    fireEvent.keyDown(ok!, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(ok);

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('ProgressBar and Field', () => {
  it('exposes progress as an ARIA progressbar, clamped to its range', () => {
    render(<ProgressBar label="载入中" value={150} max={100} />);
    const bar = screen.getByRole('progressbar', { name: '载入中' });
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['100', '100']);
  });

  it('labels its control and ties hint and error to it', () => {
    render(
      <Field label="前缀" hint="2–4 个字母" error="格式不对">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByLabelText('前缀');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['2–4 个字母', '格式不对']);
    expect(screen.getByRole('alert').textContent).toBe('格式不对');
  });
});

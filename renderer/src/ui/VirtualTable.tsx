import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import './VirtualTable.css';

export interface Column<Row> {
  id: string;
  header: string;
  /** A CSS grid track size, e.g. `2fr` or `120px`. */
  width: string;
  /** Numbers align to the end so digits line up. */
  align?: 'start' | 'end';
  render: (row: Row) => ReactNode;
}

export interface VirtualTableProps<Row> {
  /** Accessible name of the table. */
  label: string;
  columns: ReadonlyArray<Column<Row>>;
  /** The rows; `undefined` while they load (nothing is shown then). */
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows (say what to do next). */
  empty: ReactNode;
  /** Fixed row height in px; dense by default. */
  rowHeight?: number;
}

/**
 * A table that renders only the rows in view, so 100k rows scroll as smoothly as 10. Exposed
 * with ARIA table roles; `aria-rowcount`/`aria-rowindex` tell assistive technology the full size.
 * It fills its parent's height.
 */
export function VirtualTable<Row>({ rows, empty, ...table }: VirtualTableProps<Row>) {
  if (rows === undefined) return null;
  if (rows.length === 0) return empty;
  return <RowsTable rows={rows} {...table} />;
}

function RowsTable<Row>({ label, columns, rows, rowKey, rowHeight = 32 }: Omit<VirtualTableProps<Row>, 'empty'> & { rows: readonly Row[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  // The app is not built with React Compiler, so the virtualizer's unmemoisable functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const gridTemplateColumns = columns.map((column) => column.width).join(' ');
  const cellClass = (column: Column<Row>) => (column.align === 'end' ? 'sd-vtable__cell sd-vtable__cell--end' : 'sd-vtable__cell');

  return (
    <div className="sd-vtable" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <div role="rowgroup">
        <div className="sd-vtable__row sd-vtable__head" role="row" aria-rowindex={1} style={{ gridTemplateColumns }}>
          {columns.map((column) => (
            <div key={column.id} className={cellClass(column)} role="columnheader">
              {column.header}
            </div>
          ))}
        </div>
      </div>
      <div ref={scroller} className="sd-vtable__scroller" role="rowgroup">
        <div className="sd-vtable__sizer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as Row;
            return (
              <div
                key={rowKey(row)}
                className="sd-vtable__row"
                role="row"
                aria-rowindex={item.index + 2}
                style={{ gridTemplateColumns, height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {columns.map((column) => (
                  <div key={column.id} className={cellClass(column)} role="cell">
                    {column.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

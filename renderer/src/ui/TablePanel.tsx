import { Panel } from './Panel';
import { VirtualTable, type VirtualTableProps } from './VirtualTable';

export interface TablePanelProps<Row> extends Omit<VirtualTableProps<Row>, 'label'> {
  /** Heading of the panel and accessible name of its table. */
  title: string;
  /** Test id of the panel; its row count gets `<testId>-count`. */
  testId: string;
}

/** A titled list: the heading with the row count, then the rows as a virtual table or the empty state. */
export function TablePanel<Row>({ title, testId, ...table }: TablePanelProps<Row>) {
  return (
    <Panel title={title} count={table.rows?.length} testId={testId}>
      <VirtualTable label={title} {...table} />
    </Panel>
  );
}

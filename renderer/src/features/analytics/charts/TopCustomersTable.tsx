import { useTranslation } from 'react-i18next';
import { RFM_SEGMENT_NAMES, type CustomerValue, type Rfm } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { formatFen } from '../../../../../shared/money/fen';
import { ChartFrame } from '../../../ui/ChartFrame';
import { VirtualTable, type Column } from '../../../ui/VirtualTable';
import { useAnalyticsText } from '../useAnalyticsText';
import { yuanText } from './yuan';

interface TopCustomerRow {
  customerId: string;
  name: string;
  periodProfitFen: number;
  lifetimeProfitFen: number;
  clvFen: number | null;
  segment: string;
  periodDeals: number;
}

/** Every customer with a deal, most profitable over its lifetime first: value, CLV and RFM segment. */
export function TopCustomersTable({ value, rfm, nameOf }: { value: CustomerValue; rfm: Rfm; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const segmentOf = new Map(rfm.customers.map((row) => [row.customerId, text.bilingual(RFM_SEGMENT_NAMES[row.segment])]));
  const none = t('common.none');
  const rows: TopCustomerRow[] = value.customers
    .map((row) => ({
      customerId: row.customerId,
      name: nameOf(row.customerId),
      periodProfitFen: row.periodProfitFen,
      lifetimeProfitFen: row.lifetimeProfitFen,
      clvFen: row.clvFen,
      segment: segmentOf.get(row.customerId) ?? none,
      periodDeals: row.periodDeals,
    }))
    .sort((a, b) => b.lifetimeProfitFen - a.lifetimeProfitFen || a.name.localeCompare(b.name));
  const title = t('analytics.top.title');
  const columns: ReadonlyArray<Column<TopCustomerRow>> = [
    { id: 'name', header: t('analytics.columns.customer'), width: '2fr', render: (row) => row.name },
    { id: 'lifetime', header: t('analytics.columns.lifetimeProfit'), width: '1fr', align: 'end', render: (row) => formatFen(row.lifetimeProfitFen) },
    { id: 'period', header: t('analytics.columns.periodProfit'), width: '1fr', align: 'end', render: (row) => formatFen(row.periodProfitFen) },
    { id: 'clv', header: t('analytics.columns.clv'), width: '1fr', align: 'end', render: (row) => (row.clvFen === null ? none : formatFen(row.clvFen)) },
    { id: 'segment', header: t('analytics.columns.rfmSegment'), width: '1.4fr', render: (row) => row.segment },
    { id: 'deals', header: t('analytics.columns.periodDeals'), width: '70px', align: 'end', render: (row) => String(row.periodDeals) },
  ];
  const table: DataTable = {
    columns: [
      t('analytics.columns.customer'),
      t('analytics.columns.lifetimeProfitYuan'),
      t('analytics.columns.periodProfitYuan'),
      t('analytics.columns.clvYuan'),
      t('analytics.columns.rfmSegment'),
      t('analytics.columns.periodDeals'),
    ],
    rows: rows.map((row) => [row.name, yuanText(row.lifetimeProfitFen), yuanText(row.periodProfitFen), row.clvFen === null ? null : yuanText(row.clvFen), row.segment, row.periodDeals]),
  };
  const definition = [text.metric('profitContribution'), text.metric('customerLifetimeValue'), text.metric('rfm')]
    .map((metric) => t('analytics.frame.definitionLine', metric))
    .join('\n');
  return (
    <ChartFrame
      title={title}
      unit={t('analytics.units.yuan')}
      definition={definition}
      table={table}
      fileName="top-customers"
      empty={rows.length === 0 ? { title: t('analytics.top.empty'), hint: t('analytics.emptyHint') } : null}
      png={false}
      labels={text.frame}
      testId="chart-top-customers"
    >
      <div className="sd-analytics__table">
        <VirtualTable label={title} columns={columns} rows={rows} rowKey={(row) => row.customerId} empty={null} />
      </div>
    </ChartFrame>
  );
}

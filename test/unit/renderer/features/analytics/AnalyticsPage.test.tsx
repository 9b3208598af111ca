import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METRIC_DEFINITIONS } from '../../../../../shared/analytics';
import { createInThreadRunner } from '../../../../../renderer/src/features/analytics/compute/inThreadRunner';
import type { AnalyticsRunner } from '../../../../../renderer/src/features/analytics/compute/AnalyticsRunner';
import { chartLegend } from '../../../../../renderer/src/ui/export/chartLegend';
import { EXPECTED } from '../../../../fixtures/analytics/smallBookExpected';
import '../../app/support/renderApp';
import { renderAnalytics } from './analyticsWorld';

/** Files the page offered for download: the blob behind each link clicked. */
let downloads: Array<{ name: string; blob: Blob }>;

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${next++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});

afterEach(() => vi.restoreAllMocks());

const chart = (testId: string) => screen.getByTestId(testId);
const zh = (id: keyof typeof METRIC_DEFINITIONS) => METRIC_DEFINITIONS[id].name.zh;

/** Waits until the charts show and no computation is under way. */
async function chartsReady() {
  await screen.findByTestId('chart-four-rates', {}, { timeout: 20_000 });
  await waitFor(() => expect(screen.queryByTestId('analytics-progress')).toBeNull(), { timeout: 20_000 });
}

async function setPeriod(from: string, to: string) {
  await chartsReady();
  fireEvent.change(screen.getByLabelText('起始月份'), { target: { value: from } });
  fireEvent.change(screen.getByLabelText('结束月份'), { target: { value: to } });
  await chartsReady();
  await screen.findByText(new RegExp(`统计期间 ${from} 至 ${to}`));
}

describe('the analytics page over a small book', () => {
  it('shows every chart with its title, units, definition and data', async () => {
    await renderAnalytics();
    await chartsReady();
    const titles = ['四个率', zh('repeatPurchaseTrend'), zh('returnWithin'), zh('cohortRetention'), zh('retentionCurve'), zh('churnRate')];
    titles.push(zh('stageDistribution'), zh('stageFlows'), zh('phaseCounts'), zh('profitPareto'), zh('rfm'), '重点客户：价值、终身价值与 RFM 分群');
    for (const title of titles) expect(screen.getByRole('heading', { level: 2, name: title })).toBeTruthy();
    // The definition beside the chart is the shared one, word for word.
    expect(within(chart('chart-churn')).getByText(METRIC_DEFINITIONS.churnRate.definition.zh)).toBeTruthy();
    expect(within(chart('chart-repeat-trend')).getByText('单位：%')).toBeTruthy();
    // Coverage 10/11 and conversion 8/10 as of 2026-06-30, whatever the period.
    expect(within(chart('chart-four-rates')).getByText('90.9% (10 / 11 位)')).toBeTruthy();
    expect(within(chart('chart-four-rates')).getByText('80% (8 / 10 位)')).toBeTruthy();
    // Every chart drew marks: bars, lines or heat-map cells.
    for (const id of ['chart-four-rates', 'chart-repeat-trend', 'chart-return-within', 'chart-stage-distribution', 'chart-stage-flows', 'chart-phase-counts', 'chart-profit-pareto', 'chart-rfm-segments']) {
      expect([id, chart(id).querySelectorAll('.recharts-bar-rectangle').length]).not.toEqual([id, 0]);
    }
    expect(chart('chart-retention-curves').querySelectorAll('.recharts-line-curve').length).toBeGreaterThan(0);
    expect(within(chart('chart-cohort-retention')).getAllByTestId('cohort-cell').length).toBeGreaterThan(0);
    expect(within(chart('chart-top-customers')).getByRole('table')).toBeTruthy();
    // The book starts in 2025-08: the twelve months before the default period hold no deal to lose.
    expect(within(chart('chart-churn')).getByText('上一期间（2024-07 – 2025-06）没有成交，无从计算流失')).toBeTruthy();
    expect(within(chart('chart-top-customers')).getAllByText('测试客户 S1').length).toBeGreaterThan(0);
  });

  it('leaves the cohort cells not reached yet empty instead of 0', async () => {
    await renderAnalytics();
    await setPeriod('2026-01', '2026-06');
    const cells = within(chart('chart-cohort-retention')).getAllByTestId('cohort-cell');
    // Six cohorts, row r has 6 − r reachable months: 6 + 5 + 4 + 3 + 2 + 1 cells, no more.
    expect(cells).toHaveLength(21);
    expect(screen.getByRole('button', { name: '2026-02 同期群第 2 月：0 / 1 位（0%）' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^2026-02 同期群第 5 月/ })).toBeNull();
  });

  it('changes the numbers when the filter changes', async () => {
    await renderAnalytics();
    await setPeriod('2026-01', '2026-06');
    const churnRate = () => screen.getByTestId('churn-rate').textContent;
    expect(churnRate()).toContain(`流失率 25%`); // B3 lost of B1 B3 S1 S2
    expect(within(chart('chart-four-rates')).getByText('85.7% (6 / 7 位)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('地区'), { target: { value: '华东' } });
    await waitFor(() => expect(within(chart('chart-four-rates')).getByText('100% (4 / 4 位)')).toBeTruthy());
    expect(churnRate()).toContain('流失率 0%');
    expect(screen.getByTestId('analytics-period').textContent).toContain('所选范围内客户 4 位');
    fireEvent.change(screen.getByLabelText('地区'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('业务员'), { target: { value: 'b2' } });
    await waitFor(() => expect(screen.getByTestId('analytics-period').textContent).toContain('所选范围内客户 5 位'));
  });

  it('says what is wrong with a period in the wrong order and keeps the last charts', async () => {
    await renderAnalytics();
    await setPeriod('2026-01', '2026-06');
    fireEvent.change(screen.getByLabelText('结束月份'), { target: { value: '2025-12' } });
    expect(screen.getByRole('alert').textContent).toBe('结束月份不能早于起始月份');
    expect(screen.getByTestId('analytics-period').textContent).toContain('统计期间 2026-01 至 2026-06');
  });

  it('lists the customers behind a cohort cell and behind a bar', async () => {
    await renderAnalytics();
    await setPeriod('2026-01', '2026-06');
    fireEvent.click(screen.getByRole('button', { name: '2026-02 同期群第 1 月：1 / 1 位（100%）' }));
    const dialog = await screen.findByRole('dialog', { name: '2026-02 同期群第 1 月仍成交的客户' });
    await within(dialog).findByText('共 1 位客户');
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['测试客户 B2']);
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    // March of the repeat-purchase trend: B5, S1 and S2 made two deals or more.
    const marchBar = chart('chart-repeat-trend').querySelectorAll('.recharts-bar-rectangle')[2]!;
    fireEvent.click(marchBar.querySelector('path') ?? marchBar);
    const repeat = await screen.findByRole('dialog', { name: '2026-03 成交 ≥ 2 笔的客户' });
    await within(repeat).findByText('共 3 位客户');
    expect(within(repeat).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['测试客户 B5', '测试客户 S1', '测试客户 S2']);
    fireEvent.click(within(repeat).getByRole('button', { name: '关闭' }));

    // The first RFM segment, important value: B1 and S1 (see smallBookExpected.ts).
    const valueBar = chart('chart-rfm-segments').querySelectorAll('.recharts-bar-rectangle')[0]!;
    fireEvent.click(valueBar.querySelector('path') ?? valueBar);
    const segment = await screen.findByRole('dialog', { name: '「重要价值客户」的客户' });
    await within(segment).findByText('共 2 位客户');
    expect(within(segment).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['测试客户 B1', '测试客户 S1']);
  });

  it('lists the customers behind a bar chosen with the keyboard', async () => {
    await renderAnalytics();
    await setPeriod('2026-01', '2026-06');
    const surface = chart('chart-repeat-trend').querySelector<SVGSVGElement>('.recharts-wrapper > svg')!;
    surface.focus();
    fireEvent.keyDown(surface, { key: 'ArrowRight' });
    fireEvent.keyDown(surface, { key: 'ArrowRight' });
    fireEvent.keyDown(surface, { key: 'Enter' });
    // Two steps right of the first month: March, where B5, S1 and S2 made two deals or more.
    const dialog = await screen.findByRole('dialog', { name: '2026-03 成交 ≥ 2 笔的客户' });
    await within(dialog).findByText('共 3 位客户');
  });

  it('finds each chart’s legend, which the PNG export draws under the chart', async () => {
    await renderAnalytics();
    await chartsReady();
    expect(chartLegend(chart('chart-repeat-trend'))).toEqual([{ colour: '#2f6fdb', label: '复购率' }]);
    expect(chartLegend(chart('chart-stage-distribution')).map((entry) => entry.label)).toEqual(['外围客户', '潜在客户', '真实客户', '忠诚客户']);
  });

  it('exports a chart’s data as CSV with the right rows, and as an Excel workbook', async () => {
    await renderAnalytics();
    await setPeriod('2026-01', '2026-06');
    fireEvent.click(within(chart('chart-repeat-trend')).getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('repeat-purchase-by-month.csv');
    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const csv = new TextDecoder().decode(bytes.slice(3));
    const rows = EXPECTED.repeatByMonth.map((m) => `${m.month},${m.denominator},${m.numerator},${Math.round((1000 * m.numerator) / m.denominator) / 10}`);
    expect(csv).toBe(['月份,有成交的客户数,成交 ≥ 2 笔的客户数,比率 (%)', ...rows].join('\r\n') + '\r\n');

    fireEvent.click(within(chart('chart-repeat-trend')).getByRole('button', { name: 'Excel' }));
    await waitFor(() => expect(downloads).toHaveLength(2), { timeout: 10_000 });
    expect(downloads[1]!.name).toBe('repeat-purchase-by-month.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await downloads[1]!.blob.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '月份', '有成交的客户数', '成交 ≥ 2 笔的客户数', '比率 (%)']);
    expect(sheet.getRow(4).values).toEqual([undefined, '2026-03', 5, 3, 60]);
    expect(sheet.rowCount).toBe(7);
  });

  it('speaks English when the interface does', async () => {
    await renderAnalytics(createInThreadRunner, 'en');
    await chartsReady();
    for (const id of ['cohortRetention', 'profitPareto', 'churnRate'] as const) {
      expect(screen.getByRole('heading', { level: 2, name: METRIC_DEFINITIONS[id].name.en })).toBeTruthy();
    }
    expect(within(chart('chart-four-rates')).getByText('90.9% (10 / 11 customers)')).toBeTruthy();
    expect(within(chart('chart-churn')).getByText(METRIC_DEFINITIONS.churnRate.definition.en)).toBeTruthy();
    expect(screen.getByLabelText('Region')).toBeTruthy();
  });

  it('says why when the metrics cannot be computed', async () => {
    const failingRunner = (): AnalyticsRunner => ({ ...createInThreadRunner(), compute: () => Promise.reject(new Error('worker out of memory')) });
    await renderAnalytics(failingRunner);
    expect((await screen.findByRole('alert', {}, { timeout: 20_000 })).textContent).toBe('分析指标计算失败：worker out of memory');
    expect(screen.queryByTestId('chart-four-rates')).toBeNull();
  });

  it('shows its progress while the runner computes, then the charts', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowRunner = (): AnalyticsRunner => {
      const runner = createInThreadRunner();
      return { ...runner, load: async (source, today) => held.then(() => runner.load(source, today)) };
    };
    await renderAnalytics(slowRunner);
    await screen.findByText('正在计算客户阶段与生命周期…');
    expect(screen.getByRole('progressbar', { name: '分析指标计算进度' })).toBeTruthy();
    expect(screen.queryByTestId('chart-four-rates')).toBeNull();
    release();
    await chartsReady();
  });
});

import { useId, useRef, useState, type ReactNode } from 'react';
import type { DataTable } from '../../../shared/export/dataTable';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { errorMessage } from './errorMessage';
import { chartLegend } from './export/chartLegend';
import { csvBlob } from './export/csvBlob';
import { downloadBlob } from './export/downloadBlob';
import { svgToPng } from './export/svgToPng';
import { tableToXlsx, XLSX_MIME } from './export/tableToXlsx';
import './ChartFrame.css';

/** The frame's own words, in the interface language (the caller's feature owns the texts). */
export interface ChartFrameLabels {
  definition: string;
  exportGroup: string;
  png: string;
  csv: string;
  xlsx: string;
  /** Takes `{message}`: shown when an export fails. */
  exportFailed: (message: string) => string;
}

export interface ChartFrameProps {
  title: string;
  /** The units of the figures, e.g. "单位：%，客户数". */
  unit: string;
  /** The metric's exact definition, shown in the frame's info panel. */
  definition: string;
  /** The chart's data, for the CSV and Excel exports. */
  table: DataTable;
  /** The exported files' name, without extension. */
  fileName: string;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: { title: string; hint: string } | null;
  /** Offer a PNG of the chart (its first SVG); off for tables. Default on. */
  png?: boolean;
  labels: ChartFrameLabels;
  testId: string;
  children: ReactNode;
}

/**
 * One chart of a dashboard: title, units, its definition behind an info toggle, the chart or a
 * readable empty state, and exports of the picture (PNG) and of the data (CSV, Excel).
 */
export function ChartFrame({ title, unit, definition, table, fileName, empty, png = true, labels, testId, children }: ChartFrameProps) {
  const headingId = useId();
  const plot = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = (work: () => Promise<void>) => {
    setFailure(null);
    work().catch((error: unknown) => setFailure(labels.exportFailed(errorMessage(error))));
  };
  const exportPng = () =>
    run(async () => {
      const svg = plot.current?.querySelector<SVGSVGElement>('svg[data-chart], .recharts-wrapper > svg.recharts-surface');
      if (!svg) throw new Error('no chart drawn');
      downloadBlob(await svgToPng(svg, title, chartLegend(plot.current!)), `${fileName}.png`);
    });
  const exportCsv = () => run(async () => downloadBlob(csvBlob(table), `${fileName}.csv`));
  const exportXlsx = () => run(async () => downloadBlob(new Blob([await tableToXlsx(table, title)], { type: XLSX_MIME }), `${fileName}.xlsx`));
  const isEmpty = Boolean(empty);

  return (
    <section className="sd-chart" aria-labelledby={headingId} data-testid={testId}>
      <header className="sd-chart__head">
        <h2 id={headingId} className="sd-chart__title">
          {title}
        </h2>
        <span className="sd-chart__unit">{unit}</span>
        <div className="sd-chart__actions" role="group" aria-label={labels.exportGroup}>
          {png && (
            <Button onClick={exportPng} disabled={isEmpty}>
              {labels.png}
            </Button>
          )}
          <Button onClick={exportCsv}>{labels.csv}</Button>
          <Button onClick={exportXlsx}>{labels.xlsx}</Button>
        </div>
      </header>
      <details className="sd-chart__definition">
        <summary>{labels.definition}</summary>
        <p>{definition}</p>
      </details>
      <div ref={plot} className="sd-chart__plot">
        {empty ? <EmptyState icon="analytics" title={empty.title} hint={empty.hint} /> : children}
      </div>
      {failure && (
        <p className="sd-chart__error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}

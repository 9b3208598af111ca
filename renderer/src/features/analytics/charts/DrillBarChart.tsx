import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH } from './chartLook';
import { useKeyboardDrill } from './useKeyboardDrill';

/** The value axis: whole customer counts, or a rate from 0 to 100% (`clippedPercent`: a bar past 100% is cut at the axis end). */
const VALUE_AXES = {
  count: { allowDecimals: false },
  percent: { domain: [0, 100], unit: '%' },
  clippedPercent: { domain: [0, 100], unit: '%', allowDataOverflow: true },
} as const;

export interface DrillBarChartProps {
  data: Array<Record<string, string | number | null>>;
  /** The key of each row's category: the x of a column, the y of a sideways bar. */
  categoryKey: string;
  /** The key of the one plotted series (also its legend name). */
  valueKey: string;
  scale: keyof typeof VALUE_AXES;
  fill: string;
  /** The key of each bar's label, written above a column or right of a bar; no labels when absent. */
  labelKey?: string;
  /** Sideways bars instead of columns: the width of the category axis and the room right of the bars for their labels. */
  bars?: { categoryWidth: number; labelWidth: number };
  /** Gets the position of the bar clicked, or of the bar the keyboard is on when Enter is pressed. */
  onDrill: (index: number) => void;
  /** Marks inside the bar, e.g. a `Cell` per bar for its own colour. */
  children?: ReactNode;
}

/** The single-series bar chart most analytics cards share, so that a bar drills down alike on click and on Enter everywhere. */
export function DrillBarChart({ data, categoryKey, valueKey, scale, fill, labelKey, bars, onDrill, children }: DrillBarChartProps) {
  const keyboard = useKeyboardDrill(data.map((row) => String(row[categoryKey])), onDrill);
  const valueAxis = VALUE_AXES[scale];
  const labels = labelKey !== undefined && <LabelList dataKey={labelKey} position={bars ? 'right' : 'top'} fontSize={11} fill="#1b2430" />;
  // Columns with labels on top want the room above them; sideways bars want it on their right.
  const margin = bars ? { top: 8, right: bars.labelWidth, bottom: 4, left: 8 } : { top: labelKey === undefined ? 8 : 16, right: 16, bottom: 4, left: 0 };
  return (
    <div onKeyDown={keyboard.onKeyDown}>
      <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} layout={bars ? 'vertical' : 'horizontal'} margin={margin}>
        <CartesianGrid stroke="#eef1f5" horizontal={!bars} vertical={Boolean(bars)} />
        {bars ? <XAxis type="number" tick={AXIS_TICK} {...valueAxis} /> : <XAxis dataKey={categoryKey} tick={AXIS_TICK} />}
        {bars ? <YAxis type="category" dataKey={categoryKey} tick={AXIS_TICK} width={bars.categoryWidth} /> : <YAxis tick={AXIS_TICK} width={48} {...valueAxis} />}
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Bar dataKey={valueKey} fill={fill} isAnimationActive={false} cursor="pointer" onClick={(_, index) => onDrill(index)}>
          {children}
          {labels}
        </Bar>
        {keyboard.tracker}
      </BarChart>
    </div>
  );
}

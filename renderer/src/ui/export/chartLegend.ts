/** One entry of a chart's legend, as drawn under the exported picture. */
export interface LegendEntry {
  colour: string;
  label: string;
}

/**
 * The entries of the recharts legends inside `container`. Recharts draws its legend as HTML beside
 * the chart's SVG, so a serialised SVG alone would lose it.
 */
export function chartLegend(container: Element): LegendEntry[] {
  return [...container.querySelectorAll('.recharts-legend-item')].map((item) => {
    const icon = item.querySelector('svg path, svg line, svg rect');
    const text = item.querySelector<HTMLElement>('.recharts-legend-item-text');
    const colour = icon?.getAttribute('fill') || icon?.getAttribute('stroke') || text?.style.color || '#5d6b7c';
    return { colour: colour === 'none' ? (icon?.getAttribute('stroke') ?? '#5d6b7c') : colour, label: text?.textContent ?? item.textContent ?? '' };
  });
}

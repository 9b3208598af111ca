import type { LegendEntry } from './chartLegend';

/** Pixels per CSS pixel of the exported image, so it stays sharp on paper and on high-DPI screens. */
const SCALE = 2;
const TITLE_HEIGHT = 36;
const LEGEND_ROW_HEIGHT = 20;
const LEGEND_SWATCH = 10;
const LEGEND_GAP = 16;
const FONT = "'Noto Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif";

/**
 * A chart as a PNG image: its SVG serialised, drawn on a white canvas under the chart's title,
 * with the legend entries (drawn by the page outside the SVG) in rows below.
 * The chart's marks must carry their colours as attributes (recharts does; page CSS does not
 * travel with the serialised SVG).
 */
export async function svgToPng(svg: SVGSVGElement, title: string, legend: readonly LegendEntry[] = []): Promise<Blob> {
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(box.width || Number(svg.getAttribute('width')) || 600);
  const height = Math.ceil(box.height || Number(svg.getAttribute('height')) || 300);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', FONT);
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    const measure = canvas.getContext('2d');
    if (!measure) throw new Error('this browser cannot draw on a canvas');
    measure.font = `12px ${FONT}`;
    const placed = layOutLegend(legend, width, (text) => measure.measureText(text).width);
    const legendHeight = placed.length === 0 ? 0 : placed[placed.length - 1]!.y + LEGEND_ROW_HEIGHT;
    const totalHeight = TITLE_HEIGHT + height + legendHeight;
    canvas.width = width * SCALE;
    canvas.height = totalHeight * SCALE;
    // Resizing the canvas reset the context: set it up again.
    const context = canvas.getContext('2d')!;
    context.scale(SCALE, SCALE);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, totalHeight);
    context.fillStyle = '#1b2430';
    context.font = `bold 16px ${FONT}`;
    context.fillText(title, 12, 24);
    context.drawImage(image, 0, TITLE_HEIGHT, width, height);
    context.font = `12px ${FONT}`;
    for (const entry of placed) {
      const top = TITLE_HEIGHT + height + entry.y;
      context.fillStyle = entry.colour;
      context.fillRect(entry.x, top + 4, LEGEND_SWATCH, LEGEND_SWATCH);
      context.fillStyle = '#1b2430';
      context.fillText(entry.label, entry.x + LEGEND_SWATCH + 4, top + 13);
    }
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the chart could not be encoded as PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Legend entries flowed left to right in rows as wide as the chart; y counts from the legend's top. */
function layOutLegend(legend: readonly LegendEntry[], width: number, textWidth: (text: string) => number): Array<LegendEntry & { x: number; y: number }> {
  const placed: Array<LegendEntry & { x: number; y: number }> = [];
  let x = 12;
  let y = 0;
  for (const entry of legend) {
    const entryWidth = LEGEND_SWATCH + 4 + textWidth(entry.label);
    if (x > 12 && x + entryWidth > width - 12) {
      x = 12;
      y += LEGEND_ROW_HEIGHT;
    }
    placed.push({ ...entry, x, y });
    x += entryWidth + LEGEND_GAP;
  }
  return placed;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart’s SVG could not be read as an image'));
    image.src = url;
  });
}

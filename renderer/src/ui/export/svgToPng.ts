/** Pixels per CSS pixel of the exported image, so it stays sharp on paper and on high-DPI screens. */
const SCALE = 2;
const TITLE_HEIGHT = 36;
const FONT = "'Noto Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif";

/**
 * A chart as a PNG image: its SVG serialised, drawn on a white canvas under the chart's title.
 * The chart's marks must carry their colours as attributes (recharts does; page CSS does not
 * travel with the serialised SVG).
 */
export async function svgToPng(svg: SVGSVGElement, title: string): Promise<Blob> {
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
    canvas.width = width * SCALE;
    canvas.height = (height + TITLE_HEIGHT) * SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.scale(SCALE, SCALE);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height + TITLE_HEIGHT);
    context.fillStyle = '#1b2430';
    context.font = `bold 16px ${FONT}`;
    context.fillText(title, 12, 24);
    context.drawImage(image, 0, TITLE_HEIGHT, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the chart could not be encoded as PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart’s SVG could not be read as an image'));
    image.src = url;
  });
}

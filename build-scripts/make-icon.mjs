// Draws the app icon, build/icon.png (512x512 RGBA, the size electron-builder turns into .ico,
// .icns and the Linux icon set): a white I-beam on a steel-blue rounded square.
// `node build-scripts/make-icon.mjs` — the PNG is committed, so this runs only when the design changes.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // per axis: 16 samples per pixel smooth the edges

const inRoundedSquare = (x, y) => {
  const margin = 24;
  const radius = 96;
  const cx = Math.min(Math.max(x, margin + radius), SIZE - margin - radius);
  const cy = Math.min(Math.max(y, margin + radius), SIZE - margin - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= margin && x <= SIZE - margin && y >= margin && y <= SIZE - margin;
};
const inRect = (x, y, left, top, right, bottom) => x >= left && x <= right && y >= top && y <= bottom;
const inBeam = (x, y) =>
  inRect(x, y, 136, 120, 376, 168) || // top flange
  inRect(x, y, 228, 168, 284, 344) || // web
  inRect(x, y, 136, 344, 376, 392); // bottom flange
const inAccent = (x, y) => inRect(x, y, 136, 420, 376, 436);

/** RGBA of one sample point. */
function colourAt(x, y) {
  if (!inRoundedSquare(x, y)) return [0, 0, 0, 0];
  if (inBeam(x, y)) return [255, 255, 255, 255];
  if (inAccent(x, y)) return [240, 138, 36, 255];
  const t = y / SIZE; // vertical gradient, lighter at the top
  return [Math.round(47 - 16 * t), Math.round(110 - 32 * t), Math.round(165 - 44 * t), 255];
}

function render() {
  const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 4);
    rows[row] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const offset = row + 1 + x * 4;
      const alpha = sum[3] / SAMPLES ** 2;
      for (let c = 0; c < 3; c++) rows[offset + c] = sum[3] === 0 ? 0 : Math.round(sum[c] / sum[3]);
      rows[offset + 3] = Math.round(alpha);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type: RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(render(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../build/icon.png', import.meta.url), png);
console.log(`build/icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`);

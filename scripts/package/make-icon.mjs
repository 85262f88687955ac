// Draws images/icon.png (128x128): a white "V" on a deep-green rounded tile.
// Kept as code so the icon can be regenerated without an image editor.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SS = 4; // supersampling per axis, for smooth edges

function inside(x, y) {
  // Rounded tile.
  const r = 26, m = 4;
  const cx = Math.min(Math.max(x, m + r), SIZE - m - r);
  const cy = Math.min(Math.max(y, m + r), SIZE - m - r);
  const tile = (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && y >= m && x <= SIZE - m && y <= SIZE - m;
  // The V: two thick strokes meeting at the bottom.
  const stroke = (ax, ay, bx, by, w) => {
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= w * w;
  };
  const v = stroke(36, 36, 64, 96, 10) || stroke(92, 36, 64, 96, 10);
  return { tile, v };
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let x = 0; x < SIZE; x++) {
    let tile = 0, v = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const p = inside(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        if (p.tile) tile++;
        if (p.tile && p.v) v++;
      }
    }
    const n = SS * SS;
    const a = tile / n, w = tile ? v / tile : 0;
    // Deep green (#14624a) shading slightly lighter toward the top, blended with white for the V.
    const g = 1 - y / SIZE / 4;
    const base = [0x14 * g + 10, 0x62 * g + 20, 0x4a * g + 14];
    const o = 1 + x * 4;
    for (let c = 0; c < 3; c++) row[o + c] = Math.round(base[c] * (1 - w) + 255 * w);
    row[o + 3] = Math.round(255 * a);
  }
  rows.push(row);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
mkdirSync(path.join(root, 'images'), { recursive: true });
writeFileSync(path.join(root, 'images', 'icon.png'), png);
console.log(`images/icon.png: ${png.length} bytes`);

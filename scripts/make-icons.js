/**
 * Draws the add-in icons (a sheet with a green check) as PNGs in assets/: 16, 32, 64 and 80 px.
 *   node scripts/make-icons.js
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80];
const SHEET = [255, 255, 255];
const BORDER = [96, 110, 124];
const GRID = [214, 222, 230];
const CHECK = [16, 124, 65];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Distance from point (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** RGBA of one pixel, in a 1×1 unit square scaled to the icon. */
function pixel(x, y, size) {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const stroke = Math.max(1.5, size / 9) / size;
  const checkDistance = Math.min(
    segmentDistance(u, v, 0.3, 0.55, 0.45, 0.72),
    segmentDistance(u, v, 0.45, 0.72, 0.8, 0.3),
  );
  if (checkDistance < stroke / 2) return [...CHECK, 255];
  const inSheet = u > 0.12 && u < 0.88 && v > 0.06 && v < 0.94;
  if (!inSheet) return [0, 0, 0, 0];
  const edge = Math.max(1, size / 32) / size;
  if (u < 0.12 + edge || u > 0.88 - edge || v < 0.06 + edge || v > 0.94 - edge) return [...BORDER, 255];
  if (size >= 32 && [0.28, 0.5, 0.72].some((line) => Math.abs(v - line) < 0.5 / size)) return [...GRID, 255];
  return [...SHEET, 255];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(outDir, `icon-${size}.png`), png(size));
console.log(`icons written to ${outDir}: ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);

// Draws the toolbar/store icons (public/icon-16…128.png) with no image tools: a blue rounded
// square with a white page of text lines and a highlight bar. Run: npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { parseScriptArgs } from './script-args';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;
type Rgba = [number, number, number, number];
const BLUE: Rgba = [31, 95, 191, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [255, 176, 32, 255];
const LINE: Rgba = [120, 150, 200, 255];

/** Colour at a point of the unit square (0-1), or null for transparent. */
function paint(x: number, y: number): Rgba | null {
  if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  if (!inRoundedRect(x, y, 0.24, 0.16, 0.76, 0.84, 0.06)) return BLUE;
  if (y > 0.27 && y < 0.35 && x > 0.32 && x < 0.68) return AMBER;
  for (const top of [0.44, 0.56, 0.68]) {
    if (y > top && y < top + 0.05 && x > 0.32 && x < (top === 0.68 ? 0.56 : 0.68)) return LINE;
  }
  return WHITE;
}

function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = paint((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]! * colour[3];
          sum[3]! += colour[3];
        }
      }
      const alpha = sum[3]!;
      const offset = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[offset + c] = alpha ? Math.round(sum[c]! / alpha) : 0;
      row[offset + 3] = Math.round(alpha / SUPERSAMPLE ** 2);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

parseScriptArgs(
  `Usage: npx tsx scripts/make-icons.ts

Draws the extension's icons and writes public/icon-16.png, -32, -48 and -128.png.
  -h, --help   this text`,
  { options: {} },
);
for (const size of SIZES) writeFileSync(new URL(`../public/icon-${size}.png`, import.meta.url), render(size));

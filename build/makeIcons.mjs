#!/usr/bin/env node
/*
 * Draws Worktray's icons (a check mark on a tray) as PNGs with nothing but zlib,
 * so the repository needs no image tool. Run once after changing the drawing:
 * `node build/makeIcons.mjs`. Output: build/icon.png (512 px, electron-builder
 * derives .icns/.ico from it) and build/icons/tray/* (light, dark, macOS template).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const segDist = (px, py, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay));
};
const roundRect = (px, py, x0, y0, x1, y1, r) => {
  const dx = Math.max(x0 + r - px, 0, px - (x1 - r));
  const dy = Math.max(y0 + r - py, 0, py - (y1 - r));
  return Math.hypot(dx, dy) <= r;
};
/** The glyph in unit coordinates: a check mark over a tray (an open box). */
const inGlyph = (u, v) =>
  segDist(u, v, 0.22, 0.36, 0.42, 0.55) < 0.075 ||
  segDist(u, v, 0.42, 0.55, 0.8, 0.16) < 0.075 ||
  segDist(u, v, 0.14, 0.62, 0.14, 0.86) < 0.06 ||
  segDist(u, v, 0.14, 0.86, 0.86, 0.86) < 0.06 ||
  segDist(u, v, 0.86, 0.62, 0.86, 0.86) < 0.06;

function render(size, paint) {
  const out = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy += 1) {
        for (let sx = 0; sx < ss; sx += 1) {
          const [r, g, b, a] = paint((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      }
      const a = acc[3] / (ss * ss);
      const i = (y * size + x) * 4;
      out[i] = a ? Math.round(acc[0] / acc[3]) : 0;
      out[i + 1] = a ? Math.round(acc[1] / acc[3]) : 0;
      out[i + 2] = a ? Math.round(acc[2] / acc[3]) : 0;
      out[i + 3] = Math.round(a * 255);
    }
  }
  return png(size, out);
}

const appIcon = (u, v) => {
  if (!roundRect(u, v, 0.06, 0.06, 0.94, 0.94, 0.2)) return [0, 0, 0, 0];
  const inner = inGlyph((u - 0.2) / 0.6, (v - 0.2) / 0.6);
  return inner ? [255, 255, 255, 1] : [47, 111, 237, 1];
};
const trayGlyph = (rgb) => (u, v) => (inGlyph(u, v) ? [...rgb, 1] : [0, 0, 0, 0]);

const trayDir = path.join(here, 'icons', 'tray');
mkdirSync(trayDir, { recursive: true });
writeFileSync(path.join(here, 'icon.png'), render(512, appIcon));
for (const [name, rgb] of [
  ['tray-light', [255, 255, 255]],
  ['tray-dark', [34, 34, 34]],
  ['trayTemplate', [0, 0, 0]],
]) {
  writeFileSync(path.join(trayDir, `${name}.png`), render(16, trayGlyph(rgb)));
  writeFileSync(path.join(trayDir, `${name}@2x.png`), render(32, trayGlyph(rgb)));
}
console.log('icons written to build/');

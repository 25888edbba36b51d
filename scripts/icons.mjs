#!/usr/bin/env node
// Draws the two Teams app icons and writes them to manifest/:
//   color.png   192×192, opaque: a white speech bubble with a red heart on the accent colour.
//   outline.png  32×32, white on transparent: the same bubble with the heart cut out.
// Run: node scripts/icons.mjs   (the PNGs are committed; rerun only to change the design)

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const ACCENT = [0x1d, 0x5a, 0x80]; // must match accentColor in manifest.template.json
const WHITE = [0xff, 0xff, 0xff];
const HEART = [0xd6, 0x33, 0x4f];
const SAMPLES = 8; // 8×8 samples per pixel for smooth edges

// The glyph is drawn in a unit square (x right, y down).
function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= left && x <= right && y >= top && y <= bottom;
}

function insideTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

function insideBubble(x, y) {
  return (
    insideRoundedRect(x, y, 0.04, 0.1, 0.96, 0.72, 0.17) ||
    insideTriangle(x, y, [0.2, 0.66], [0.46, 0.66], [0.18, 0.95])
  );
}

// The classic heart curve (u² + v² − 1)³ − u²v³ ≤ 0, centred in the bubble.
function insideHeart(x, y) {
  const scale = 0.185;
  const u = (x - 0.5) / scale;
  const v = -(y - 0.43) / scale + 0.1;
  const a = u * u + v * v - 1;
  return a * a * a - u * u * v * v * v <= 0;
}

/** Fraction of a pixel covered by a shape, sampled on a SAMPLES×SAMPLES grid. */
function coverage(px, py, size, inset, test) {
  const span = size - 2 * inset;
  let hits = 0;
  for (let i = 0; i < SAMPLES; i += 1) {
    for (let j = 0; j < SAMPLES; j += 1) {
      const x = (px + (i + 0.5) / SAMPLES - inset) / span;
      const y = (py + (j + 0.5) / SAMPLES - inset) / span;
      if (test(x, y)) hits += 1;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

const mix = (a, b, t) => a.map((channel, k) => Math.round(channel * (1 - t) + b[k] * t));

export function drawColorIcon(size = 192) {
  const png = new PNG({ width: size, height: size, colorType: 2, inputHasAlpha: true });
  const inset = size * 0.2; // keep the symbol inside Teams' safe area
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const bubble = coverage(px, py, size, inset, insideBubble);
      const heart = coverage(px, py, size, inset, insideHeart);
      const rgb = mix(mix(ACCENT, WHITE, bubble), HEART, heart);
      const i = (py * size + px) * 4;
      png.data[i] = rgb[0];
      png.data[i + 1] = rgb[1];
      png.data[i + 2] = rgb[2];
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png, { colorType: 2 });
}

export function drawOutlineIcon(size = 32) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const inset = size / 32;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const bubble = coverage(px, py, size, inset, insideBubble);
      const heart = coverage(px, py, size, inset, insideHeart);
      const alpha = Math.max(0, bubble - heart);
      const i = (py * size + px) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = Math.round(alpha * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../manifest/', import.meta.url);
  writeFileSync(new URL('color.png', dir), drawColorIcon());
  writeFileSync(new URL('outline.png', dir), drawOutlineIcon());
  console.log('Wrote manifest/color.png (192×192) and manifest/outline.png (32×32).');
}

// Draws PAT Pilot's icons: a key whose bow is a compass, on a slate tile.
// The SVG below is the source; the PNGs in public/icon/ are rendered from it by Chromium
// (already installed for the e2e tests). Run `npm run icons` after changing the drawing.
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const TILE = '#22303c';
const KEY = '#ffffff';
const NEEDLE_NORTH = '#f0b429';
const NEEDLE_SOUTH = '#9fb3c8';

/** Drawn on a 128 grid: bow ring with a compass needle, shaft, two teeth. */
const detailed = `
  <rect x="4" y="4" width="120" height="120" rx="26" fill="${TILE}"/>
  <circle cx="44" cy="64" r="25" fill="none" stroke="${KEY}" stroke-width="11"/>
  <polygon points="44,45 51,64 37,64" fill="${NEEDLE_NORTH}"/>
  <polygon points="44,83 51,64 37,64" fill="${NEEDLE_SOUTH}"/>
  <rect x="74" y="58" width="42" height="12" rx="3" fill="${KEY}"/>
  <rect x="92" y="68" width="9" height="17" rx="2" fill="${KEY}"/>
  <rect x="105" y="68" width="9" height="12" rx="2" fill="${KEY}"/>`;

/** Drawn on the 16 pixel grid itself, so every edge but the ring's falls on a pixel boundary. */
const small = `
  <rect width="16" height="16" rx="3" fill="${TILE}"/>
  <circle cx="5" cy="8" r="3" fill="none" stroke="${KEY}" stroke-width="2"/>
  <rect x="4" y="7" width="2" height="2" fill="${NEEDLE_NORTH}"/>
  <rect x="8" y="7" width="7" height="2" fill="${KEY}"/>
  <rect x="11" y="9" width="2" height="2" fill="${KEY}"/>
  <rect x="14" y="9" width="1" height="2" fill="${KEY}"/>`;

const ICONS = [
  { size: 16, grid: 16, body: small },
  { size: 32, grid: 128, body: detailed },
  { size: 48, grid: 128, body: detailed },
  { size: 128, grid: 128, body: detailed },
];

function svg({ size, grid, body }) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${grid} ${grid}">${body}</svg>`;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg(icon)}`);
    await writeFile(`public/icon/${icon.size}.png`, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}

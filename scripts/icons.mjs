// Renders the app's PNG icons from its logo (the same drawing as favicon.svg and the
// header's `shell__logo`): `node scripts/icons.mjs` writes icons/*.png, which are
// committed. Run it again after changing the logo or its colours.
//
// - icon-192.png, icon-512.png: the round logo on a transparent square ("any").
// - icon-maskable-512.png: full-bleed accent square, the line inside the 80% safe zone,
//   so a launcher may cut it to a circle, a squircle or a rounded square.
// - apple-touch-icon.png (180 px): full-bleed, as iOS fills transparency with black.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'icons');

// The accent of styles/app.css (light), which favicon.svg fills the circle with.
const ACCENT = '#1d6b62';
const LINE = 'M16 5c-3 4-3 7 0 11s3 7 0 11';

const favicon = await readFile(join(root, 'favicon.svg'), 'utf8');
if (!favicon.includes(ACCENT) || !favicon.includes(LINE)) {
  throw new Error('favicon.svg no longer matches the logo drawn here: update scripts/icons.mjs');
}

/** The line alone on a full-bleed accent square, scaled to `scale` of the square. */
function fullBleed(scale) {
  const offset = (32 - 32 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" fill="${ACCENT}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <path d="${LINE}" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/>
  </g>
</svg>`;
}

const ICONS = [
  ['icon-192.png', 192, favicon],
  ['icon-512.png', 512, favicon],
  // The line spans 22 of 32 units; at 0.6 it stays well inside the 80% safe circle.
  ['icon-maskable-512.png', 512, fullBleed(0.6)],
  ['apple-touch-icon.png', 180, fullBleed(0.75)],
];

await mkdir(out, { recursive: true });
for (const [name, size, svg] of ICONS) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  await writeFile(join(out, name), png);
  console.log(`icons/${name}: ${size}×${size}, ${png.length} bytes`);
}

// `npm run icons`: renders the app mark (an SVG) to the PNG icons in public/icons with Debian's Chromium.
// The mark: the arch of West Lake's Broken Bridge (断桥) as a network of city-brain nodes, over two waves.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium.mjs";

const TEAL = "#0b5e58";
const OUT = "public/icons";

// The mark on a 512 × 512 canvas, white on whatever is behind it.
const MARK = `<g transform="translate(0 -28)">
  <g fill="none" stroke="#fff" stroke-linecap="round" stroke-linejoin="round">
    <path d="M104 292 Q256 96 408 292" stroke-width="30"/>
    <path d="M176 212 L176 292 M256 174 L256 292 M336 212 L336 292" stroke-width="16" opacity="0.9"/>
    <path d="M96 356 q40 -30 80 0 t80 0 t80 0 t80 0" stroke-width="26"/>
    <path d="M136 414 q40 -30 80 0 t80 0 t80 0" stroke-width="22" opacity="0.85"/>
  </g>
  <g fill="#fff">
    <circle cx="104" cy="292" r="24"/>
    <circle cx="256" cy="174" r="28"/>
    <circle cx="408" cy="292" r="24"/>
  </g></g>`;

// Shortcut glyphs (24 × 24), the same shapes as the tab bar's icons.
const GLYPHS = {
  parking: { d: "M6 3h7a5 5 0 0 1 0 10H9v8H6zm3 3v4h4a2 2 0 0 0 0-4z", stroked: false },
  clinic: { d: "M10 3h4v7h7v4h-7v7h-4v-7H3v-4h7z", stroked: false },
  air: { d: "M3 8h11a3 3 0 1 0-3-3M3 12h15a3 3 0 1 1-3 3M3 16h8", stroked: true },
  tour: {
    d: "M12 2a7 7 0 0 1 7 7c0 5-7 13-7 13S5 14 5 9a7 7 0 0 1 7-7zm0 4a3 3 0 1 0 0 6 3 3 0 0 0 0-6z",
    stroked: false,
  },
};

/** A rounded tile with the mark: transparent corners, for purpose "any". */
const anyIcon = () => `
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
    <rect x="16" y="16" width="480" height="480" rx="112" fill="${TEAL}"/>
    <g transform="translate(256 256) scale(0.86) translate(-256 -256)">${MARK}</g>
  </svg>`;

/**
 * Full-bleed, opaque, the mark inside the maskable safe zone (a centred circle of radius 40 %): the mark's
 * farthest point is ~190 px from the centre at scale 1, so 0.7 keeps it within ~135 px of the 205 px radius.
 */
const fullBleedIcon = (scale) => `
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
    <rect width="512" height="512" fill="${TEAL}"/>
    <g transform="translate(256 256) scale(${scale}) translate(-256 -256)">${MARK}</g>
  </svg>`;

const shortcutIcon = ({ d, stroked }) => `
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">
    <rect x="4" y="4" width="88" height="88" rx="22" fill="${TEAL}"/>
    <g transform="translate(24 24) scale(2)">
      <path d="${d}" fill="${stroked ? "none" : "#fff"}" stroke="${stroked ? "#fff" : "none"}"
        stroke-width="${stroked ? 2.2 : 0}" stroke-linecap="round" fill-rule="evenodd"/>
    </g>
  </svg>`;

const ICONS = [
  { file: "icon-192.png", size: 192, svg: anyIcon(), transparent: true },
  { file: "icon-512.png", size: 512, svg: anyIcon(), transparent: true },
  { file: "maskable-512.png", size: 512, svg: fullBleedIcon(0.7), transparent: false },
  // iOS rounds the corners itself and shows transparency as black, so this one is opaque and full-bleed.
  { file: "apple-touch-icon.png", size: 180, svg: fullBleedIcon(0.8), transparent: false },
  ...Object.entries(GLYPHS).map(([name, glyph]) => ({
    file: `shortcut-${name}.png`,
    size: 96,
    svg: shortcutIcon(glyph),
    transparent: true,
  })),
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style></head><body>${icon.svg}</body></html>`,
    );
    await page.screenshot({
      path: `${OUT}/${icon.file}`,
      omitBackground: icon.transparent,
      clip: { x: 0, y: 0, width: icon.size, height: icon.size },
    });
    console.info(`${OUT}/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}

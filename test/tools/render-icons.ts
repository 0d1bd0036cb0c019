// Renders public/icon.svg to the PNG sizes the manifest uses (public/icon/<size>.png) in Debian's Chromium, offline.
// Run after editing the SVG: `npm run icons`; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/support/chromium';
import { REPO_ROOT } from '../e2e/support/paths';

const SIZES = [16, 32, 48, 128];

const svg = readFileSync(resolve(REPO_ROOT, 'public/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--headless=new'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const data = Buffer.from(svg).toString('base64');
    await page.setContent(
      `<body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${data}"></body>`,
    );
    await page.screenshot({ path: resolve(REPO_ROOT, `public/icon/${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Rendered ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);

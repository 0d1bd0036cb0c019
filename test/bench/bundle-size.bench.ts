import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { judge, type BenchEntry } from './types';

// The content script loads on every Karbon page view (DESIGN.md section 6).
const MAX_CONTENT_KB = 40;
// The service worker parses its bundle at every start (it is stopped after 30 s idle); the classifier model and zod
// schemas make most of it. A budget that flags a doubling, not a target from the design.
const MAX_BACKGROUND_KB = 600;
const OUT_SUFFIX = '-bench';

/** Minified sizes of the production build (kB = 1,000 bytes, as WXT prints them), built into its own folder. */
export const bundleBench: BenchEntry = {
  name: 'bundle',
  reports: ['bundle-content-kb', 'bundle-background-kb'],
  async run({ log }) {
    log('wxt build (production)');
    await promisify(execFile)('npx', ['wxt', 'build'], {
      env: { ...process.env, EXTENSION_OUT_SUFFIX: OUT_SUFFIX },
      maxBuffer: 16 * 1024 * 1024,
    });
    const dir = resolve(`.output/chrome-mv3-production${OUT_SUFFIX}`);
    const content = await readFile(join(dir, 'content-scripts', 'karbon.js'));
    const css = await readFile(join(dir, 'content-scripts', 'karbon.css')).catch(() => Buffer.alloc(0));
    const background = await readFile(join(dir, 'background.js'));
    const chunks = await readdir(join(dir, 'chunks')).catch(() => [] as string[]);
    const kb = (bytes: number) => Number((bytes / 1000).toFixed(2));
    return [
      judge({
        name: 'bundle-content-kb',
        value: kb(content.length),
        unit: 'kB',
        target: MAX_CONTENT_KB,
        details: [
          {
            label: 'content-scripts/karbon.js minified / gzip',
            value: `${kb(content.length)} / ${kb(gzipSync(content).length)}`,
            unit: 'kB',
          },
          { label: 'content-scripts/karbon.css (shadow root styles, not counted)', value: kb(css.length), unit: 'kB' },
        ],
      }),
      judge({
        name: 'bundle-background-kb',
        value: kb(background.length),
        unit: 'kB',
        target: MAX_BACKGROUND_KB,
        details: [
          {
            label: 'background.js minified / gzip',
            value: `${kb(background.length)} / ${kb(gzipSync(background).length)}`,
            unit: 'kB',
          },
          { label: 'popup/options chunks', value: chunks.join(', ') },
        ],
      }),
    ];
  },
};

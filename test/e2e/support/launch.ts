import { mkdirSync, mkdtempSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium';
import { E2E_OUTPUT, SCREENSHOTS } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens an extension page (`popup.html`, `options.html`). */
  openExtensionPage(path: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts Debian's Chromium with the extension loaded in a fresh profile and waits for its service worker. */
export async function launchExtension(extensionDir: string): Promise<ExtensionBrowser> {
  mkdirSync(resolve(E2E_OUTPUT, 'profiles'), { recursive: true });
  const profile = mkdtempSync(resolve(E2E_OUTPUT, 'profiles/run-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      // Playwright passes --disable-extensions; without this flag no service worker ever starts (toolchain.md).
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    worker,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: () => context.close(),
  };
}

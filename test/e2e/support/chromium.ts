import { existsSync } from 'node:fs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium the e2e tests drive: CHROME_PATH, else Debian's /usr/bin/chromium; never a downloaded browser. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROME_PATH || DEFAULT_CHROMIUM;
  if (existsSync(path)) return path;
  throw new Error(
    `No Chromium at ${path}. Install Debian's Chromium (as root: apt-get update && apt-get install -y chromium) ` +
      'or point CHROME_PATH at a Chromium/Chrome binary. The tests never download a browser.',
  );
}

// `npm start`: builds the sandbox extension, starts the sandbox with the demo firm, and opens Chromium with the
// extension loaded on the demo firm's contact list where a display exists (CHROME_PATH picks the browser); without a
// display it prints how to load the extension by hand. Ctrl+C stops everything.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startSandbox } from '../sandbox/server';
import { REPO_ROOT } from '../e2e/support/paths';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4010' }, 'no-browser': { type: 'boolean' } },
});
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;
const extensionDir = resolve(REPO_ROOT, '.output/chrome-mv3-sandbox');

process.stdout.write(`Building the sandbox extension for ${origin}…\n`);
execFileSync(resolve(REPO_ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'sandbox'], {
  cwd: REPO_ROOT,
  env: { ...process.env, SANDBOX_ORIGIN: origin },
  stdio: ['ignore', 'ignore', 'inherit'],
});

const sandbox = await startSandbox({ port, seed: 'demo' });
const contacts = `${sandbox.origin}${sandbox.credentials.karbonAppPath}#/contacts`;
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

process.stdout.write(
  [
    `Sandbox with the demo firm on ${sandbox.origin}`,
    `Extension built in ${extensionDir}`,
    `Demo firm's contacts: ${contacts}`,
    '',
    'In the extension: Options › Use sandbox › Connect Xero (Allow access) › Connect Karbon; then the toolbar button:',
    'Preview, Sync now; then open a contact of the demo firm to see its Xero Client panel.',
    '',
  ].join('\n'),
);

let browser: ReturnType<typeof spawn> | undefined;
if (values['no-browser'] || !hasDisplay || !existsSync(chrome)) {
  process.stdout.write(
    [
      !existsSync(chrome) ? `No browser at ${chrome} (set CHROME_PATH).` : 'No display: load the extension by hand.',
      '  1. open chrome://extensions and switch on Developer mode;',
      `  2. Load unpacked: ${extensionDir}`,
      `  3. open ${contacts}`,
      '',
    ].join('\n'),
  );
} else {
  const profile = resolve(REPO_ROOT, '.output/start-profile');
  mkdirSync(profile, { recursive: true });
  browser = spawn(
    chrome,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      // Chromium refuses to start as root (containers, CI machines) without it.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      contacts,
    ],
    { stdio: 'ignore' },
  );
  browser.on('exit', (code) => {
    if (code)
      process.stdout.write(
        `${chrome} stopped (exit ${code}): load ${extensionDir} by hand (chrome://extensions › Developer mode › Load unpacked).\n`,
      );
  });
  process.stdout.write(`Opened ${chrome} with the extension on the demo firm's contacts. Ctrl+C stops the sandbox.\n`);
}

const stop = () => {
  browser?.kill();
  void sandbox.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

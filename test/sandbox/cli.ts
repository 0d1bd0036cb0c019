import { parseArgs } from 'node:util';
import { KARBON_MARKUPS, type KarbonMarkup } from './karbon-app/page';
import { startSandbox } from './server';

const USAGE =
  'usage: npm run sandbox -- [--port 4010] [--seed demo|empty] [--scale N] [--faults 0..1] [--karbon-markup standard|alt|bare]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parse() {
  return parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      seed: { type: 'string' },
      scale: { type: 'string' },
      faults: { type: 'string', default: '0' },
      'karbon-markup': { type: 'string', default: 'standard' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

let values: ReturnType<typeof parse>['values'];
try {
  values = parse().values;
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(`Local sandbox of the Xero, XPM and Karbon APIs and the Karbon web app.\n${USAGE}\n`);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, got ${values.port}`);
if (values.seed !== undefined && values.seed !== 'demo' && values.seed !== 'empty')
  fail('--seed must be demo or empty');
const scale = values.scale === undefined ? undefined : Number(values.scale);
if (scale !== undefined && (!Number.isInteger(scale) || scale < 1)) fail('--scale must be a positive integer');
const faults = Number(values.faults);
if (!(faults >= 0 && faults <= 1)) fail('--faults must be a rate between 0 and 1');

const karbonMarkup = values['karbon-markup'] as KarbonMarkup;
if (!KARBON_MARKUPS.includes(karbonMarkup)) fail(`--karbon-markup must be one of ${KARBON_MARKUPS.join(', ')}`);

const started = Date.now();
const sandbox = await startSandbox({
  port,
  seed: values.seed as 'demo' | 'empty' | undefined,
  scale,
  faults,
  karbonMarkup,
});
const e = sandbox.endpoints;
const c = sandbox.credentials;
const counts = sandbox.seedCounts();
process.stdout.write(
  [
    `Sandbox listening on ${sandbox.origin} (ready in ${Date.now() - started} ms; modules: ${sandbox.modules.join(', ')})`,
    '',
    `  Karbon web app      ${sandbox.origin}${c.karbonAppPath}#/contacts (markup ${karbonMarkup}; ?markup=standard|alt|bare)`,
    `  Xero authorize      ${e.xeroAuthorize}`,
    `  Xero token          ${e.xeroToken}`,
    `  Xero connections    ${e.xeroConnections}`,
    `  Xero Accounting     ${e.xeroAccounting}`,
    `  XPM 3.1             ${e.xpm}`,
    `  Karbon API v3       ${e.karbonApi}`,
    `  Control             ${sandbox.origin}/__sandbox/ (reset, dataset, state, calls, faults, clock, credentials, tokens)`,
    '',
    'Demo credentials',
    `  Xero / XPM client id   ${c.xero.clientId} (PKCE, no secret)`,
    `  Xero tenant ids        organisation ${c.xero.orgTenantId}, practice ${c.xero.practiceTenantId}`,
    `  Karbon Bearer          ${c.karbon.bearer}`,
    `  Karbon AccessKey       ${c.karbon.accessKey}`,
    '',
    `Records: Xero ${counts.xero ?? 0} contacts, XPM ${counts.xpm ?? 0} clients, Karbon ${counts.karbon ?? 0} people and organizations` +
      (faults > 0 ? `; injecting faults at rate ${faults}` : ''),
    '',
  ].join('\n'),
);

const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

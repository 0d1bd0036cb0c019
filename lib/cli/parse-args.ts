import { parseArgs } from 'node:util';
import { DEFAULT_SANDBOX_ORIGIN } from '../config/endpoints';

/** The options of `npm run sync`. */
export interface CliOptions {
  /** Sandbox origin; undefined when talking to the real services. */
  sandbox?: string;
  xpm: boolean;
  /** `--xpm-mode`: overrides the XPM import mode for this run (P1); `--xpm` alone means Clients only. */
  xpmMode?: 'clients' | 'clients-and-contacts';
  dryRun: boolean;
  state?: string;
  report?: string;
  xeroClientId?: string;
  karbonBearer?: string;
  karbonAccessKey?: string;
}

/** Usage text printed on bad arguments. */
export const USAGE = `npm run sync -- [--sandbox ORIGIN] [--xpm] [--xpm-mode clients|clients-and-contacts] [--dry-run] [--state FILE] [--report FILE]
       npm run sync -- --xero-client-id ID --karbon-bearer TOKEN --karbon-access-key KEY [...]`;

/** Parses the CLI arguments; without real-service credentials the sandbox (default origin) is used. */
export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sandbox: { type: 'string' },
      xpm: { type: 'boolean', default: false },
      'xpm-mode': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      state: { type: 'string' },
      report: { type: 'string' },
      'xero-client-id': { type: 'string' },
      'karbon-bearer': { type: 'string' },
      'karbon-access-key': { type: 'string' },
    },
    strict: true,
  });
  const real = values['xero-client-id'] !== undefined;
  if (real && (!values['karbon-bearer'] || !values['karbon-access-key'])) {
    throw new Error('--xero-client-id needs --karbon-bearer and --karbon-access-key');
  }
  const mode = values['xpm-mode'];
  if (mode !== undefined && mode !== 'clients' && mode !== 'clients-and-contacts') {
    throw new Error('--xpm-mode must be clients or clients-and-contacts');
  }
  return {
    ...(real ? {} : { sandbox: values.sandbox ?? DEFAULT_SANDBOX_ORIGIN }),
    // A mode implies XPM.
    xpm: (values.xpm ?? false) || mode !== undefined,
    ...(mode ? { xpmMode: mode } : {}),
    dryRun: values['dry-run'] ?? false,
    ...(values.state ? { state: values.state } : {}),
    ...(values.report ? { report: values.report } : {}),
    ...(values['xero-client-id'] ? { xeroClientId: values['xero-client-id'] } : {}),
    ...(values['karbon-bearer'] ? { karbonBearer: values['karbon-bearer'] } : {}),
    ...(values['karbon-access-key'] ? { karbonAccessKey: values['karbon-access-key'] } : {}),
  };
}

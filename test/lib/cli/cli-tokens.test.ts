// The CLI's Xero tokens against the sandbox's OAuth server (issue 12): an access token that expires mid-run is
// refreshed and the run finishes; a refresh token revoked mid-run stops it with "reconnect", exit 1, and the next
// run (a new sign-in) finishes the work without duplicating anything.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../lib/cli/parse-args';
import { exitCode, runCli } from '../../../lib/cli/run-cli';
import type { Sandbox } from '../../sandbox/server';
import { openSandbox, revokeRefreshToken } from '../api/helpers/sandbox';
import { sandboxTime } from '../sync/helpers/sandbox-sync';

const MIN = 60_000;
let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox({ port: 0 });
});
afterAll(() => sb.close());

const ADDRESS = { AddressLines: '1 Quay St', City: 'Auckland', CountryCode: 'NZ', Label: 'Mailing' };
beforeEach(() => {
  sb.reset({ seed: 'empty', identity: true });
  // A full match whose Xero contact has no POBOX address (Karbon's fills it: a Xero write at the end of the run),
  // and a Xero contact with no Karbon match (a Karbon create in the middle of it).
  sb.loadDataset({
    xero: {
      contacts: [
        { Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test' },
        { Name: 'Jane Smith', FirstName: 'Jane', LastName: 'Smith', EmailAddress: 'jane@smith.test' },
      ],
    },
    karbon: {
      organizations: [
        {
          FullName: 'Acme Pty Ltd',
          BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: ['accounts@acme.test'], Addresses: [ADDRESS] }],
        },
      ],
      contacts: [],
    },
  });
});

/** The CLI in-process on sandbox time; `atKarbonCreate` runs once, before the run's first Karbon create. */
function cli(atKarbonCreate: (refreshToken: string) => Promise<void> | void) {
  let done = false;
  let refreshToken = '';
  const lines: string[] = [];
  const clock = sandboxTime(sb);
  const io = {
    fetch: async (input: Request, init?: RequestInit) => {
      const create = input.method === 'POST' && new URL(input.url).pathname.endsWith('/v3/Contacts');
      if (create && !done) {
        done = true;
        await atKarbonCreate(refreshToken);
      }
      const response = await fetch(input, init);
      // The refresh token the CLI holds, as the sign-in answered it (read off the wire, the CLI keeps it in memory).
      if (new URL(input.url).pathname.endsWith('/connect/token') && response.ok)
        refreshToken = ((await response.clone().json()) as { refresh_token: string }).refresh_token;
      return response;
    },
    log: (line: string) => void lines.push(line),
    clock,
    sleep: clock.sleep,
  };
  return { run: () => runCli(parseCliArgs(['--sandbox', sb.origin]), io), lines };
}

const xeroAddress = () =>
  (
    (sb.state().xero?.contacts ?? []) as {
      Name: string;
      Addresses?: { AddressType: string; AddressLine1?: string }[];
    }[]
  )
    .find((c) => c.Name === 'Acme Pty Ltd')
    ?.Addresses?.find((a) => a.AddressType === 'POBOX')?.AddressLine1;

describe('npm run sync: Xero tokens', () => {
  it('refreshes an access token that expires mid-run and finishes the run', async () => {
    const c = cli(() => sb.clock.advance(31 * MIN));
    const report = await c.run();
    expect(report.error).toBeUndefined();
    expect(exitCode(report)).toBe(0);
    expect(report.writes).toMatchObject({ karbon: 1, xero: 1 });
    expect(xeroAddress()).toBe('1 Quay St');
  });

  it('stops with "reconnect" when the refresh token is revoked mid-run; the next run finishes without duplicates', async () => {
    const c = cli(async (refreshToken) => {
      // The user disconnects the app in Xero while the run creates Karbon contacts; the access token then expires.
      await revokeRefreshToken(sb, refreshToken);
      sb.clock.advance(31 * MIN);
    });
    const stopped = await c.run();
    expect(stopped.error).toBe('Xero connection expired: reconnect in Options.');
    expect(exitCode(stopped)).toBe(1);
    expect(c.lines.some((line) => /^error Xero connection expired: reconnect/.test(line))).toBe(true);
    // The Karbon create went through and is reported; the Xero write was never sent half-way.
    expect(stopped.created.karbon).toHaveLength(1);
    expect(stopped.writes).toMatchObject({ karbon: 1, xero: 0 });
    expect(xeroAddress()).toBeUndefined();

    const again = await cli(() => undefined).run();
    expect(again.error).toBeUndefined();
    expect(xeroAddress()).toBe('1 Quay St');
    const people = (sb.state().karbon?.contacts ?? []) as { FirstName: string }[];
    expect(people.map((p) => p.FirstName)).toEqual(['Jane']);
  });
});

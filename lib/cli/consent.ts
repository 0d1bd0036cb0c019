import type { FetchLike } from '../api/http-core';
import { createInterface } from 'node:readline/promises';

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const decode = (s: string) => s.replace(/&(quot|#39|lt|gt|amp);/g, (m) => ENTITIES[m] ?? m);

/**
 * A launchWebAuthFlow for the sandbox in Node: loads its consent page and submits "Allow" with the page's own hidden
 * fields, returning the redirect (the sandbox's demo account consents; real Xero never goes through this).
 */
export function sandboxConsent(fetch: FetchLike) {
  return async (url: string): Promise<string> => {
    const page = await fetch(new Request(url));
    const html = await page.text();
    if (page.status !== 200) throw new Error(`Sandbox consent page answered ${page.status}`);
    const form = new URLSearchParams();
    for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
      form.set(decode(m[1] ?? ''), decode(m[2] ?? ''));
    }
    form.set('decision', 'allow');
    const answer = await fetch(
      new Request(new URL(url).origin + new URL(url).pathname, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        redirect: 'manual',
      }),
    );
    const location = answer.headers.get('location');
    if (!location) throw new Error(`The sandbox consent form did not redirect (${answer.status})`);
    return location;
  };
}

/** A launchWebAuthFlow for the real Xero in a terminal: prints the URL and reads back the redirect the user pastes. */
export async function terminalConsent(url: string): Promise<string> {
  process.stderr.write(`Open this URL, approve, then paste the URL you are redirected to:\n${url}\n> `);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question('')).trim();
  } finally {
    rl.close();
  }
}

// Xero accepts only registered https redirect URIs, localhost excepted (reference xero-accounting.md §1). The sandbox
// stands in for the app registration: extension redirect hosts and loopback are "registered".
const REGISTERED = [
  /^https:\/\/[a-p]{32}\.chromiumapp\.org(\/.*)?$/,
  /^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org(\/.*)?$/,
  /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/.*)?$/,
];

export function isRegisteredRedirect(uri: string): boolean {
  return REGISTERED.some((r) => r.test(uri));
}

import commonProviders from 'email-providers/common.json';

// The maintained list of common email providers (email-providers, about 350 domains, 4.6 KB), plus the AU/NZ/UK
// consumer domains it leaves to its much larger full list.
const MORE_PROVIDERS = [
  'xtra.co.nz',
  'slingshot.co.nz',
  'clear.net.nz',
  'orcon.net.nz',
  'vodafone.co.nz',
  'yahoo.com.au',
  'yahoo.co.nz',
  'yahoo.co.uk',
  'hotmail.com.au',
  'hotmail.co.nz',
  'hotmail.co.uk',
  'outlook.com.au',
  'live.com.au',
  'live.co.uk',
  'internode.on.net',
  'westnet.com.au',
  'dodo.com.au',
  'ozemail.com.au',
  'adam.com.au',
  'virginmedia.com',
  'talktalk.net',
  'sky.com',
  'gmail.co.nz',
  'googlemail.com',
];
// Company domains in the list that are not where people keep a personal mailbox.
const NOT_PERSONAL = new Set(['example.com', 'facebook.com', 'alibaba.com', 'about.com', 'go.com', 'geocities.com']);
const PROVIDERS: ReadonlySet<string> = new Set(
  [...(commonProviders as string[]), ...MORE_PROVIDERS].filter((d) => !NOT_PERSONAL.has(d)),
);

/** Whether an email domain is a free-mail provider's (gmail.com, bigpond.com, xtra.co.nz, ...). */
export function isFreeMailDomain(domain: string): boolean {
  return PROVIDERS.has(domain.toLowerCase());
}

import { isFreeMailDomain } from './free-mail';
import type { SoftSignal } from './soft-signals';
import type { ClassifyInput } from './types';

// Log-odds nudges, set by hand like the other soft signals: a free-mail address leans to a person, a domain that
// spells the name, a website or a business number lean to an organization.
const FREE_MAIL_LOGIT = -1.2;
const NAME_DOMAIN_LOGIT = 3;
const ROLE_MAILBOX_LOGIT = 1.5;
// Shared mailboxes a business reads, not a person's own address.
const ROLE_MAILBOXES = new Set(
  `accounts admin office info hello enquiries enquiry orders sales reception bookings contact support billing invoices
  payables ap ar team mail studio service`.split(/\s+/),
);
const OWN_DOMAIN_LOGIT = 0.8;
const WEBSITE_LOGIT = 1.5;
const BUSINESS_NUMBER_LOGIT = 1;

/** Signals from the rest of the Xero record: email domain, website, tax number. */
export function recordSignals(input: ClassifyInput, tokens: readonly string[]): SoftSignal[] {
  const signals: SoftSignal[] = [];
  const [, mailbox, domain] = /^([^@\s<]+)@([^@\s>]+)$/.exec(input.email?.trim().toLowerCase() ?? '') ?? [];
  if (mailbox && ROLE_MAILBOXES.has(mailbox)) {
    signals.push({ logit: ROLE_MAILBOX_LOGIT, reason: `Its email goes to a shared mailbox ("${mailbox}@").` });
  }
  if (domain) {
    if (isFreeMailDomain(domain)) {
      signals.push({ logit: FREE_MAIL_LOGIT, reason: `Its email is at ${domain}, a free-mail provider people use.` });
    } else if (spellsName(domain, tokens)) {
      signals.push({ logit: NAME_DOMAIN_LOGIT, reason: `Its email domain ${domain} spells the name.` });
    } else {
      signals.push({ logit: OWN_DOMAIN_LOGIT, reason: `Its email is at its own domain (${domain}).` });
    }
  }
  const website = input.website?.trim();
  if (website) {
    const host =
      website
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/^www\./i, '')
        .split('/')[0]
        ?.toLowerCase() ?? '';
    signals.push(
      spellsName(host, tokens)
        ? { logit: NAME_DOMAIN_LOGIT, reason: `Its website ${host} spells the name.` }
        : { logit: WEBSITE_LOGIT, reason: `It has a website (${website}).` },
    );
  }
  const tax = businessNumber(input.taxNumber ?? '');
  if (tax) signals.push({ logit: BUSINESS_NUMBER_LOGIT, reason: `Its tax number is ${tax}.` });
  return signals;
}

/** A decisive registration: an Australian Company Number or a UK company number in the record. */
export function companyRegistration(input: ClassifyInput): string | undefined {
  const tax = (input.taxNumber ?? '').trim();
  if (/^acn\b/i.test(tax)) return 'an Australian Company Number (ACN)';
  const company = (input.companyNumber ?? '').replace(/\s+/g, '').toUpperCase();
  if (/^(\d{8}|(SC|NI|OC|SO|NC|R0)\d{6})$/.test(company)) return 'a UK company number';
  return undefined;
}

function businessNumber(text: string): string | undefined {
  const digits = text.replace(/[\s-]/g, '');
  if (/^\d{11}$/.test(digits) && validAbn(digits)) return 'an ABN';
  if (/^94\d{11}$/.test(digits)) return 'an NZBN';
  return undefined;
}

// ABN check digits: https://abr.business.gov.au/Help/AbnFormat
function validAbn(digits: string): boolean {
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  const sum = weights.reduce((total, weight, i) => total + weight * (Number(digits[i]) - (i === 0 ? 1 : 0)), 0);
  return sum % 89 === 0;
}

// "accounts@greavesaldridge.com.au" spells "Greaves Aldridge": the first label holds two or more of the name's words.
function spellsName(domain: string, tokens: readonly string[]): boolean {
  const label = domain.split('.')[0] ?? '';
  const words = tokens.filter((token) => token.length > 2);
  if (words.length === 0) return false;
  if (label === words.join('')) return true;
  return words.filter((word) => label.includes(word)).length >= Math.min(2, words.length);
}

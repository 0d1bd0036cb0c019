import type { CandidateView } from '../background/issue-views';
import type { IssueRow } from '../db/rows';

const SIGNAL_WORDS: Record<string, string> = {
  name: 'name',
  email: 'billing email',
  'normalized-name': 'name (once punctuation and "Pty Ltd"-style endings are ignored)',
  phone: 'phone',
  'undone-link': 'an earlier link you undid',
};

/** The filter groups of the popup's issue list. */
export type IssueGroup = 'match' | 'type' | 'conflict' | 'error';

/** Which filter group an issue belongs to. */
export function issueGroup(issue: Pick<IssueRow, 'kind'>): IssueGroup {
  if (issue.kind === 'field-conflict') return 'conflict';
  if (issue.kind === 'type-review') return 'type';
  return issue.kind === 'sync-error' || issue.kind === 'rejected-write' ? 'error' : 'match';
}

const same = (a: string | undefined, b: string | undefined) =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** What matched and what differs between a match issue's two sides, in plain words. */
export interface MatchWords {
  matched: string;
  differs: string;
}

/** What matched and what differs between a match issue's Xero record and its Karbon candidate, in plain words. */
export function matchWords(issue: IssueRow & { candidates: CandidateView[] }): MatchWords | undefined {
  if (issueGroup(issue) !== 'match' || issue.kind === 'name-clash') return undefined;
  const matched = (issue.signals ?? []).map((s) => SIGNAL_WORDS[s] ?? s);
  const candidate = issue.candidates[0];
  const differs: string[] = [];
  if (candidate && issue.remote) {
    if (!same(candidate.name, issue.remote.name)) differs.push('name');
    if (!same(candidate.email, issue.remote.email)) differs.push('billing email');
  }
  if (issue.candidates.length > 1) differs.push(`${issue.candidates.length} Karbon contacts fit`);
  return {
    matched: matched.length ? `Same ${matched.join(' and ')}.` : 'Nothing matched exactly.',
    differs: differs.length ? `Differs: ${differs.join(', ')}.` : '',
  };
}

/** The words that say what each resolve button does, beside it. */
export const ACTION_HINTS = {
  confirm: "links them; Xero's values replace Karbon's",
  createNew: 'adds a new person or organization in Karbon',
  ignore: 'hides this issue; restore it from Ignored',
  keepKarbon: "writes Karbon's value to Xero",
  keepXero: "writes Xero's value to Karbon",
  linkExisting: 'links this contact to the Xero contact of that name',
  createContact: 'adds this contact to Xero',
} as const;

/** What a card shows while its resolution is being applied. */
export const PENDING_WORDS = {
  'confirm-match': 'Linking…',
  'create-new': 'Creating in Karbon…',
  keep: 'Writing the kept value…',
  'link-existing': 'Linking…',
  dismiss: 'Ignoring…',
} as const;

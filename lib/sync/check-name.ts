/** Longest name that travels: Xero's Name limit (Karbon documents none, and a name Xero cannot hold cannot sync back). */
export const NAME_MAX_LENGTH = 255;

// C0 and C1 control characters: a line break or tab in a name is a pasting accident, never a spelling.
const CONTROL = /\p{Cc}/u;
// Whitespace, format characters (zero-width space and joiners, direction marks, BOM) and the Hangul fillers.
const INVISIBLE = /[\s\p{Cf}\p{Zs}\u115f\u1160\u3164\uffa0\u2800]/gu;

/** Why a name must not be written to another system (invisible only, control characters, too long), if it must not. */
export function nameProblem(name: string): string | undefined {
  if (CONTROL.test(name)) return 'the name contains control characters (a line break, tab or similar)';
  if (name.replace(INVISIBLE, '') === '') return 'the name is empty or only invisible characters';
  if (name.length > NAME_MAX_LENGTH) {
    return `the name is ${name.length} characters long; the limit is ${NAME_MAX_LENGTH}`;
  }
  return undefined;
}

/** Deterministic id of the issue that holds back a record whose name must not travel. */
export const badNameIssueId = (system: string, id: string): string => `bad-name:${system}:${id}`;

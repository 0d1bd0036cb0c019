/** The toolbar badge for a number of open issues: empty when none, capped so it stays readable. */
export function badgeText(openIssues: number): string {
  if (openIssues <= 0) return '';
  return openIssues > 999 ? '999+' : String(openIssues);
}

/** The badge's colour per state: amber for issues to review, red after a failed run, blue while a sync runs. */
export const BADGE_COLORS = {
  idle: '#5F6B7A',
  issues: '#B45309',
  error: '#B91C1C',
  running: '#1D4ED8',
} as const;

/** The badge text and colour for a state; a running or failed sync with no issues still shows a mark. */
export function badgeLook(state: keyof typeof BADGE_COLORS, openIssues: number): { text: string; color: string } {
  const count = badgeText(openIssues);
  const mark = state === 'running' ? '…' : state === 'error' ? '!' : '';
  return { text: count || mark, color: BADGE_COLORS[state] };
}

/** The toolbar badge for a number of open issues: empty when none, capped so it stays readable. */
export function badgeText(openIssues: number): string {
  if (openIssues <= 0) return '';
  return openIssues > 999 ? '999+' : String(openIssues);
}

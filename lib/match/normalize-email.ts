/** The comparison key of an email address: trimmed and lower-cased ('' when absent or blank). */
export function emailKey(email: string | undefined): string {
  return email === undefined ? '' : email.trim().toLowerCase();
}

// pageSize/pageToken paging of paged-list and contacts, with <Pagination><Links><First/><Next/> (reference A2).
type Json = Record<string, unknown>;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export type Page = { ok: true; offset: number; size: number } | { ok: false; error: string };

/** The token is opaque to clients; the sandbox encodes the offset. */
export function readPage(url: URL): Page {
  const rawSize = url.searchParams.get('pageSize');
  const size = rawSize === null || rawSize === '' ? DEFAULT_PAGE_SIZE : Number(rawSize);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    return { ok: false, error: `pageSize must be between 1 and ${MAX_PAGE_SIZE}` };
  const token = url.searchParams.get('pageToken');
  if (token === null || token === '') return { ok: true, offset: 0, size };
  const decoded = /^[A-Za-z0-9_-]+$/.test(token) ? Buffer.from(token, 'base64url').toString('utf8') : '';
  if (!/^\d+$/.test(decoded)) return { ok: false, error: 'Invalid pageToken' };
  return { ok: true, offset: Number(decoded), size };
}

/** `Next` is present only while more records remain. */
export function pageLinks(url: URL, page: { offset: number; size: number }, total: number): Json {
  const first = new URL(url.href);
  first.search = '';
  first.searchParams.set('pageSize', String(page.size));
  const links: Json = { First: first.href };
  if (page.offset + page.size < total) {
    const next = new URL(first.href);
    next.searchParams.set('pageToken', Buffer.from(String(page.offset + page.size)).toString('base64url'));
    links.Next = next.href;
  }
  return { Pagination: { Links: links } };
}

// Pages of the API's lists, without the DOM: a list endpoint answers at most `limit` rows and, when there are more,
// a header `Link: <…cursor=…>; rel="next"` (RFC 8288). A page is {items, next}; `next` is opaque to the pages (null
// on the last page) and is handed back to continuePage. An endpoint that does not page yet answers its whole list:
// it is shown a page at a time all the same, from memory.

/** The page size when a page asks for none; the API's default too. */
export const DEFAULT_LIMIT = 100;
/** The largest page the API answers. */
export const MAX_LIMIT = 1000;

/** @returns the target of the first link with rel "next" in a Link header, or null */
export function nextLink(header) {
  if (!header) return null;
  // link-value = "<" URI-Reference ">" *( ";" link-param ); values separated by commas (a comma inside <…> or a
  // quoted string does not separate)
  const links = header.match(/<[^>]*>(?:\s*;\s*[^;,="]+(?:\s*=\s*(?:"(?:[^"\\]|\\.)*"|[^;,]*))?)*/g) ?? [];
  for (const link of links) {
    const target = /^<([^>]*)>/.exec(link)[1];
    const params = link.slice(target.length + 2);
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]*))/i.exec(params);
    if (rel && (rel[1] ?? rel[2]).toLowerCase().split(/\s+/).includes('next')) return target;
  }
  return null;
}

/**
 * The path below `base` (e.g. '/api/v1') of a link the API answered, for calling it again with the user's login.
 * Only the path and query are kept: the call goes to the dashboard's own origin whatever host the platform saw
 * (behind a proxy it may see another), so the login is never sent anywhere else.
 * @throws Error when the link points outside the API
 */
export function apiPath(link, base) {
  const url = new URL(link, 'http://platform.invalid/');
  if (!url.pathname.startsWith(`${base}/`)) throw new Error(`Länken till nästa sida pekar utanför API:t: ${link}`);
  return url.pathname.slice(base.length) + url.search;
}

/** A path with query parameters set (replaced when present); null and undefined values are left out. */
export function withQuery(path, params) {
  const [p, q] = path.split('?');
  const query = new URLSearchParams(q ?? '');
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') query.delete(name);
    else query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${p}?${text}` : p;
}

/**
 * @param items  the array the API answered
 * @param link   its Link header, or null
 * @param limit  the page size asked for
 * @param base   the API's base path, for apiPath
 * @returns {items, next}: at most `limit` items
 */
export function pageOf(items, link, limit, base) {
  if (!Array.isArray(items)) throw new Error('Svaret är ingen lista.');
  if (items.length > limit) {
    // an endpoint that does not page yet: the whole list came; show it a page at a time
    return { items: items.slice(0, limit), next: { rest: items.slice(limit), limit } };
  }
  const target = nextLink(link);
  return { items, next: target ? { path: apiPath(target, base), limit } : null };
}

/**
 * @param next the `next` of a page
 * @param get  path → Promise of {items, link}: one call to the API
 * @param base the API's base path
 * @returns the page after it
 */
export async function continuePage(next, get, base) {
  if (next.rest) return pageOf(next.rest, null, next.limit, base);
  const { items, link } = await get(next.path);
  return pageOf(items, link, next.limit, base);
}

/** The limit to ask for: the default when none, else within 1 … MAX_LIMIT. */
export function limitOf(limit) {
  if (limit === undefined || limit === null) return DEFAULT_LIMIT;
  return Math.max(1, Math.min(MAX_LIMIT, Math.trunc(limit)));
}

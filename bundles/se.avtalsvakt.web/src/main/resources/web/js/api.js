// Calls to the platform's REST API with the logged-in user's HTTP Basic credentials.
// The credentials live in sessionStorage: they go when the tab closes or the user logs out.
import { continuePage, limitOf, pageOf, withQuery } from './paging.js';

const KEY = 'avtalsvakt.login';
const BASE = '/api/v1';

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
  }
}

export function login() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY));
  } catch {
    return null;
  }
}

export function saveLogin(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  const token = btoa(String.fromCharCode(...bytes));
  sessionStorage.setItem(KEY, JSON.stringify({ user, token }));
}

export function forgetLogin() {
  sessionStorage.removeItem(KEY);
}

async function send(path, { method = 'GET', accept = 'application/json', token } = {}) {
  const current = token ?? login()?.token;
  const headers = { Accept: accept };
  if (current) {
    headers.Authorization = `Basic ${current}`;
  }
  // credentials 'omit': the browser neither adds its own login nor shows its login dialog on a 401;
  // the Authorization header above is ours
  let response;
  try {
    response = await fetch(BASE + path, { method, headers, credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'Plattformen svarar inte. Kontrollera nätverket och försök igen.');
  }
  if (!response.ok) {
    let detail = '';
    try {
      detail = (await response.json()).detail;
    } catch {
      // not problem+json
    }
    if (response.status === 401 && !token) {
      forgetLogin();
      window.dispatchEvent(new CustomEvent('avtalsvakt:logged-out'));
    }
    throw new ApiError(response.status, detail);
  }
  return response;
}

/** GET (or another method) returning parsed JSON, or null for 204. */
export async function api(path, options = {}) {
  const response = await send(path, options);
  return response.status === 204 ? null : response.json();
}

async function getList(path) {
  const response = await send(path);
  return { items: await response.json(), link: response.headers.get('Link') };
}

/**
 * One page of a list endpoint: {items, next}, at most `limit` items (default 100, at most 1000); `next` is null on
 * the last page, else the argument for more(). Never fetch every page to show everything: show one, and a button
 * for the next.
 */
export async function page(path, { limit } = {}) {
  const size = limitOf(limit);
  const { items, link } = await getList(withQuery(path, { limit: size, cursor: null }));
  return pageOf(items, link, size, BASE);
}

/** The page after one: more(page.next), following the API's Link rel="next". */
export function more(next) {
  return continuePage(next, getList, BASE);
}

/**
 * A list that is small by nature (organisations, bodies, an agreement's notices), asked for with a bound: up to
 * `limit` (default 1000) items, and whether there were more ({items, cut}).
 */
export async function bounded(path, { limit = 1000 } = {}) {
  const first = await page(path, { limit });
  return { items: first.items, cut: first.next !== null };
}

/** POST without a body (e.g. acknowledging an alert). */
export function post(path) {
  return api(path, { method: 'POST' });
}

/** Checks a user name and password: answers {user, roles} or throws ApiError (401 for a wrong login). */
export function checkLogin(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return api('/me', { token: btoa(String.fromCharCode(...bytes)) });
}

/** Fetches a file with the user's login and hands it to the browser as a download. */
export async function download(path, filename, accept = '*/*') {
  const response = await send(path, { accept });
  saveBlob(await response.blob(), filename);
}

export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

let todayPromise = null;

/** The platform's today (its clock may be set apart from the computer's), as YYYY-MM-DD. */
export function today() {
  todayPromise ??= api('/calendar/working-days?add=0').then((r) => r.from).catch((e) => {
    todayPromise = null;
    throw e;
  });
  return todayPromise;
}

export function resetToday() {
  todayPromise = null;
}

/**
 * The HTTP status a HEAD of path answers (headers only, no body); where HEAD is refused (405, 501), the status of a
 * GET of `fallback` instead — a small call, e.g. with a one-day window (0 when the platform does not answer).
 */
export async function headStatus(path, { accept = '*/*', fallback = path } = {}) {
  const status = await statusOf(path, accept, 'HEAD');
  return status === 405 || status === 501 ? statusOf(fallback, accept) : status;
}

/** The HTTP status a GET of path answers with the user's login (0 when the platform does not answer). */
export async function statusOf(path, accept = '*/*', method = 'GET') {
  try {
    const response = await send(path, { accept, method });
    response.body?.cancel().catch(() => {}); // the answer's status is all we want
    return 200;
  } catch (e) {
    return e.status ?? 0;
  }
}

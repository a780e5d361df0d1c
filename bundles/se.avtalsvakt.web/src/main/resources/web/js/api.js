// Calls to the platform's REST API with the logged-in user's HTTP Basic credentials.
// The credentials live in sessionStorage: they go when the tab closes or the user logs out.

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

/** The HTTP status a GET of path answers with the user's login (0 when the platform does not answer). */
export async function statusOf(path, accept = '*/*') {
  try {
    await send(path, { accept });
    return 200;
  } catch (e) {
    return e.status ?? 0;
  }
}

// Organisation and body names for the ids the API answers with, fetched once per page load. A region has 50–300
// organisations and a few dozen bodies: each is asked for with limit=1000 (the API's largest page), and an id
// beyond that bound is shown as it is.
import { bounded } from './api.js';

/** How many organisations (and bodies) the names are read for, at most. */
export const NAMES_LIMIT = 1000;

let organisations = null;
let bodies = null;

function load(path) {
  return bounded(path, { limit: NAMES_LIMIT }).then(({ items }) => items).catch(() => []);
}

function byId(list) {
  return new Map(list.map((o) => [o.id, o.name ?? o.id]));
}

/** @returns a function id → name (the id itself when unknown) for organisations and bodies */
export async function names() {
  organisations ??= load('/organisations');
  bodies ??= load('/bodies');
  const [o, b] = (await Promise.all([organisations, bodies])).map(byId);
  return (id) => (id === null || id === undefined ? '–' : o.get(id) ?? b.get(id) ?? id);
}

/** @returns the organisations [{id, name, …}] by name, for choosing one */
export async function organisationList() {
  organisations ??= load('/organisations');
  return [...await organisations].sort((x, y) => (x.name ?? x.id).localeCompare(y.name ?? y.id, 'sv'));
}

/** Forget the names (after logging in again). */
export function resetNames() {
  organisations = null;
  bodies = null;
}

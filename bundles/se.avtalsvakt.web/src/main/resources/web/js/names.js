// Organisation and body names for the ids the API answers with, fetched once per page load.
import { api } from './api.js';

let organisations = null;
let bodies = null;

function load(path) {
  return api(path).then((list) => new Map(list.map((o) => [o.id, o.name ?? o.id]))).catch(() => new Map());
}

/** @returns a function id → name (the id itself when unknown) for organisations and bodies */
export async function names() {
  organisations ??= load('/organisations');
  bodies ??= load('/bodies');
  const [o, b] = await Promise.all([organisations, bodies]);
  return (id) => (id === null || id === undefined ? '–' : o.get(id) ?? b.get(id) ?? id);
}

/** Forget the names (after logging in again). */
export function resetNames() {
  organisations = null;
  bodies = null;
}

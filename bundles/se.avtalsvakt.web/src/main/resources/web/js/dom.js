// Building the page from data without HTML strings: every text goes in as text, never as markup.
import { ApiError, more as nextPage, saveBlob } from './api.js';
import { toCsv } from './csv.js';

// the CSV writer lives in csv.js (with the formula guard); dom.js still offers it to the pages
export { csvCell, toCsv } from './csv.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'text') {
      el.textContent = value;
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h('p', {class: 'x'}, 'text', h('b', {}, 'bold')). */
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function announce(text) {
  const el = document.getElementById('announcer');
  el.textContent = '';
  setTimeout(() => { el.textContent = text; }, 50);
}

export function notice(text, kind = 'info') {
  return h('p', { class: `notice ${kind}` }, text);
}

/** A message for a failed call, in Swedish; `missing` is what to say when the API is not installed (404). */
export function failure(error, missing) {
  if (error instanceof ApiError) {
    if (error.status === 404 && missing) return notice(missing, 'info');
    if (error.status === 403) return notice('Du saknar behörighet att se detta.', 'warning');
    if (error.status === 401) return notice('Du behöver logga in igen.', 'warning');
    return notice(`Kunde inte hämta uppgifterna: ${error.message}`, 'error');
  }
  console.error(error);
  return notice(`Något gick fel i webbpanelen: ${error.message}`, 'error');
}

/**
 * A section with a heading whose content loads on its own: one slow or missing API does not hold up the page.
 * `load` returns the content (a node or an array of nodes).
 */
export function section(title, load, { id, missing, level = 'h2' } = {}) {
  const body = h('div', { class: 'section-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Hämtar …'));
  const headingId = id ? `${id}-rubrik` : null;
  const el = h('section', { class: 'card', id, 'aria-labelledby': headingId }, h(level, { id: headingId }, title), body);
  Promise.resolve()
    .then(load)
    .then((content) => body.replaceChildren(...[content].flat(Infinity).filter(Boolean)))
    .catch((error) => body.replaceChildren(failure(error, missing)))
    .finally(() => body.removeAttribute('aria-busy'));
  return el;
}

/**
 * A table with a caption, an empty state and a "download as CSV" button. columns: [{label, cell(row) → node or
 * text, csv(row) → text (default: the cell's text), class}].
 */
export function table(options) {
  return grid(options).parts;
}

/** The table of table(), and a way to add rows to it: {parts, append(rows) → the first new row's element}. */
function grid({ caption, columns, rows: initial, empty, filename, rowAttrs }) {
  const rows = [...initial];
  if (!rows.length) {
    return { parts: [notice(empty ?? 'Inget att visa.', 'empty')], append: null };
  }
  const rowOf = (row) => h('tr', rowAttrs?.(row) ?? {},
    columns.map((c, i) => h(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, class: c.class }, c.cell(row))));
  const head = h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.class }, c.label))));
  const body = h('tbody', {}, rows.map(rowOf));
  const tbl = h('table', {}, caption ? h('caption', { class: 'visually-hidden' }, caption) : null, head, body);
  const parts = [h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption ?? 'Tabell' }, tbl)];
  if (filename) {
    const csvColumns = columns.filter((c) => c.csv !== false);
    parts.push(h('p', { class: 'actions' }, h('button', {
      type: 'button',
      class: 'button secondary',
      'data-csv': filename,
      onclick: () => {
        const text = toCsv(csvColumns.map((c) => c.label), rows.map((row) => csvColumns.map((c) => {
          if (typeof c.csv === 'function') return c.csv(row);
          const v = c.cell(row);
          return v instanceof Node ? v.textContent : v;
        })));
        saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), filename);
        announce(`${filename} har laddats ner.`);
      },
    }, `Ladda ner som CSV (${caption ?? filename})`)));
  }
  const append = (more) => {
    const added = more.map(rowOf);
    rows.push(...more);
    body.append(...added);
    return added[0] ?? null;
  };
  return { parts, append };
}

/**
 * A table of one page of a list ({items, next} from api.js page()) and, while there are more, a "Visa fler" button
 * that fetches the next page and adds its rows: never every page at once. `noun` names the rows in the count, plural
 * and singular (["leveranser", "leverans"]). The CSV holds the rows shown.
 */
export function pagedTable({ page: first, more = nextPage, noun: [many, one] = ['rader', 'rad'], ...options }) {
  const { parts, append } = grid({ ...options, rows: first.items });
  if (!append) return parts;
  let shown = first.items.length;
  let next = first.next;
  const status = h('p', { class: 'paging-status' }); // read out by announce() after each page
  const button = h('button', { type: 'button', class: 'button secondary', 'data-more': options.filename ?? many,
    'aria-label': `Visa fler ${many}` }, 'Visa fler');
  const error = h('div', { class: 'paging-error' });
  const update = () => {
    status.textContent = next
      ? `Visar ${shown} ${many}. Det finns fler.`
      : `Visar ${shown === 1 ? `1 ${one}` : `alla ${shown} ${many}`}.`;
    button.hidden = !next;
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Hämtar …';
    error.replaceChildren();
    try {
      const page = await more(next);
      next = page.next;
      shown += page.items.length;
      const firstNew = append(page.items);
      update();
      if (firstNew) {
        // the keyboard goes on where the new rows start, and a screen reader hears how many there are now
        const cell = firstNew.firstElementChild;
        cell.setAttribute('tabindex', '-1');
        cell.focus();
      } else {
        status.focus();
      }
      announce(status.textContent);
    } catch (e) {
      error.replaceChildren(failure(e));
    } finally {
      button.disabled = false;
      button.textContent = 'Visa fler';
    }
  });
  status.setAttribute('tabindex', '-1');
  update();
  return [parts[0], h('div', { class: 'paging' }, status, error, h('p', { class: 'actions' }, button)), ...parts.slice(1)];
}

export function badge(text, kind) {
  return h('span', { class: `badge ${kind ?? ''}` }, text);
}

/** A description list from [term, value] pairs; null values are left out. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

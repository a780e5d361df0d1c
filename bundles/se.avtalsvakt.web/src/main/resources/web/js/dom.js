// Building the page from data without HTML strings: every text goes in as text, never as markup.
import { ApiError, saveBlob } from './api.js';
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
export function table({ caption, columns, rows, empty, filename, rowAttrs }) {
  if (!rows.length) {
    return notice(empty ?? 'Inget att visa.', 'empty');
  }
  const head = h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.class }, c.label))));
  const body = h('tbody', {}, rows.map((row) => h('tr', rowAttrs?.(row) ?? {},
    columns.map((c, i) => h(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, class: c.class }, c.cell(row))))));
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
  return parts;
}

export function badge(text, kind) {
  return h('span', { class: `badge ${kind ?? ''}` }, text);
}

/** A description list from [term, value] pairs; null values are left out. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

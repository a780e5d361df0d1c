// Rapporter: each report in each format for a year, and the address of the calendar feed. Nothing is downloaded
// but what the user clicks: whether the feed is there is asked with HEAD (headers only).
import { download, headStatus, page, today } from '../api.js';
import { announce, failure, h, notice, section } from '../dom.js';

const KNOWN = {
  deadlines: 'Tidsfrister',
  compliance: 'Efterlevnad',
  'cost-allocation': 'Kostnadsfördelning',
  'sro-annual': 'Årsrapport till SRO',
  representatives: 'Representanter',
};
const FORMATS = ['pdf', 'csv', 'json'];
const FORMAT_NAMES = { pdf: 'PDF', csv: 'CSV (Excel)', json: 'JSON' };

/** The list answered by GET /reports, whatever its exact shape: strings or objects with a kind (or id). */
function normalise(list) {
  const items = Array.isArray(list) ? list : (list?.reports ?? []);
  return items.map((item) => (typeof item === 'string' ? { kind: item } : item))
    .map((r) => ({
      kind: r.kind ?? r.id ?? r.name,
      title: r.title ?? r.name ?? KNOWN[r.kind ?? r.id] ?? r.kind ?? r.id,
      description: r.description ?? null,
      formats: Array.isArray(r.formats) && r.formats.length ? r.formats.map((f) => String(f).toLowerCase()) : FORMATS,
    }))
    .filter((r) => r.kind);
}

function downloadButton(report, format, yearSelect) {
  const button = h('button', {
    type: 'button', class: 'button secondary small', 'data-report': report.kind, 'data-format': format,
    'aria-label': `Ladda ner ${report.title} som ${FORMAT_NAMES[format] ?? format}`,
  }, FORMAT_NAMES[format] ?? format.toUpperCase());
  button.addEventListener('click', async () => {
    const year = yearSelect.value;
    button.disabled = true;
    try {
      await download(`/reports/${encodeURIComponent(report.kind)}?format=${format}&year=${year}`,
        `${report.kind}-${year}.${format}`);
      announce(`${report.title} ${year} har laddats ner.`);
    } catch (e) {
      button.closest('tr').querySelector('.report-error').replaceChildren(failure(e));
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

export function reportsPage(view) {
  view.append(h('h1', {}, 'Rapporter'));

  view.append(section('Ladda ner rapporter', async () => {
    const [list, todayIso] = await Promise.all([page('/reports', { limit: 100 }), today()]);
    const reports = normalise(list.items);
    if (!reports.length) return notice('Inga rapporter finns att hämta.', 'empty');
    const thisYear = Number(todayIso.slice(0, 4));
    const yearSelect = h('select', { id: 'rapport-ar' },
      [...Array(6).keys()].map((i) => thisYear - i).map((y) => h('option', { value: y, selected: y === thisYear }, String(y))));
    return [
      h('p', { class: 'inline-form' }, h('label', { for: 'rapport-ar' }, 'År '), yearSelect),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Rapport'), h('th', { scope: 'col' }, 'Ladda ner'))),
        h('tbody', {}, reports.map((r) => h('tr', {},
          h('th', { scope: 'row' }, r.title, r.description ? h('span', { class: 'muted block' }, r.description) : null),
          h('td', {}, h('span', { class: 'button-row' }, r.formats.map((f) => downloadButton(r, f, yearSelect))),
            h('div', { class: 'report-error' }))))))),
    ];
  }, { id: 'rapporter', missing: 'Rapportfunktionen är inte installerad ännu. Tabellerna på de andra sidorna kan laddas ner som CSV.' }));

  view.append(section('Kalenderflöde', async () => {
    const address = `${location.origin}/api/v1/calendar.ics`;
    const input = h('input', { id: 'kalender-adress', readonly: true, value: address, class: 'wide-input' });
    const copy = h('button', { type: 'button', class: 'button secondary' }, 'Kopiera adressen');
    copy.addEventListener('click', async () => {
      input.select();
      try {
        await navigator.clipboard.writeText(address);
        announce('Adressen är kopierad.');
      } catch {
        announce('Markera adressen och kopiera den med Ctrl+C.');
      }
    });
    // HEAD answers the headers only; where HEAD is refused, a GET of a one-day window is small
    const todayIso = await today();
    const status = await headStatus('/calendar.ics', {
      accept: 'text/calendar', fallback: `/calendar.ics?from=${todayIso}&to=${todayIso}`,
    });
    const state = status === 404
      ? notice('Kalenderflödet är inte installerat ännu; adressen fungerar när det är det.', 'info') : null;
    return [
      h('p', {}, 'Prenumerera på alla tidsfrister i Outlook eller Google Kalender med adressen nedan. '
        + 'Kalenderprogrammet frågar efter ditt användarnamn och lösenord i Avtalsvakt.'),
      h('p', { class: 'field' }, h('label', { for: 'kalender-adress' }, 'Adress till kalenderflödet'), input),
      h('p', {}, copy),
      state,
    ];
  }, { id: 'kalender' }));
  return 'Rapporter';
}

// Leverantörsdata: imports with their receipts, deliveries not yet checked, invoice discrepancies — each a page at a
// time. #/leverantorer?vardgivare=…&leverantor=…&kontrolldag=… shows the unchecked deliveries behind one alert.
import { page, today } from '../api.js';
import { badge, h, pagedTable, section } from '../dom.js';
import { longDate, money, relative, shortDate, timestamp, word } from '../format.js';
import { names } from '../names.js';
import { withQuery } from '../paging.js';

/** How many rows each list shows at first. */
export const PAGE_SIZE = 100;

const STATUS_CLASS = { COMPLETED: 'ok', RUNNING: 'info', FAILED: 'critical' };

function receipt(r) {
  if (!r.errors?.length) return r.rejected ? `${r.rejected} avvisade` : 'Inga fel';
  return h('details', {},
    h('summary', {}, `${r.errors.length} fel`),
    h('ul', {}, r.errors.map((e) => h('li', {}, e.line ? `Rad ${e.line}` : 'Filen', e.field ? ` (${e.field})` : '', `: ${e.reason}`))));
}

/** The filter of the unchecked deliveries from the page's address: care provider, supplier and check day. */
export function uncheckedFilter(params) {
  const day = params?.get('kontrolldag');
  return {
    careProvider: params?.get('vardgivare') || null,
    supplier: params?.get('leverantor') || null,
    checkDue: /^\d{4}-\d{2}-\d{2}$/.test(day ?? '') ? day : null,
  };
}

function filterText(filter, name) {
  const parts = [];
  if (filter.supplier) parts.push(`från ${name(filter.supplier)}`);
  if (filter.careProvider) parts.push(`till ${name(filter.careProvider)}`);
  if (filter.checkDue) parts.push(`som skulle ha kontrollerats senast ${longDate(filter.checkDue)}`);
  return `Leveranser ${parts.join(' ')}.`;
}

export function supplierPage(view, ctx) {
  view.append(h('h1', {}, 'Leverantörsdata'));
  const filter = uncheckedFilter(ctx.params);
  const filtered = Boolean(filter.careProvider || filter.supplier || filter.checkDue);

  const unchecked = section('Leveranser som inte är kontrollerade', async () => {
    const [rows, todayIso, name] = await Promise.all([
      page(withQuery('/deliveries?unchecked=true', filter), { limit: PAGE_SIZE }), today(), names()]);
    return [
      filtered ? h('p', { class: 'lead', id: 'leveranser-urval' }, filterText(filter, name), ' ',
        h('a', { href: '#/leverantorer' }, 'Visa alla okontrollerade leveranser')) : null,
      pagedTable({
        caption: 'Okontrollerade leveranser', filename: 'okontrollerade-leveranser.csv', page: rows,
        noun: ['okontrollerade leveranser', 'okontrollerad leverans'],
        empty: filtered ? 'Alla leveranser i urvalet är kontrollerade.' : 'Alla leveranser är kontrollerade.',
        rowAttrs: (d) => ({ 'data-delivery': d.delivery.recordId }),
        columns: [
          { label: 'Leverans', cell: (d) => d.delivery.recordId },
          { label: 'Leverantör', cell: (d) => name(d.supplier) },
          { label: 'Vårdgivare', cell: (d) => name(d.delivery.careProvider) },
          { label: 'Order', cell: (d) => d.delivery.orderId ?? '–' },
          { label: 'Artikel', cell: (d) => d.delivery.article ?? '–' },
          { label: 'Antal', cell: (d) => String(d.delivery.quantity ?? '–'), class: 'num' },
          { label: 'Levererad', cell: (d) => shortDate(d.delivery.date), csv: (d) => d.delivery.date },
          { label: 'Kontrolleras senast', cell: (d) => [shortDate(d.checkDueOn), ' ',
            d.checkDueOn < todayIso ? badge('försenad', 'critical') : h('span', { class: 'muted' }, relative(todayIso, d.checkDueOn))],
          csv: (d) => d.checkDueOn },
        ],
      }),
    ];
  }, { id: 'leveranser', missing: 'Leverantörsdelen är inte installerad.' });
  // from an alert: the deliveries behind it first
  if (filtered) view.append(unchecked);

  view.append(section('Importer och kvitton', async () => {
    const [rows, name] = await Promise.all([page('/supplier-imports', { limit: 50 }), names()]);
    return pagedTable({
      caption: 'Importer', filename: 'importer.csv', page: rows, empty: 'Inga filer har tagits emot.',
      noun: ['importer', 'import'],
      columns: [
        { label: 'Mottagen', cell: (r) => timestamp(r.receivedAt), csv: (r) => r.receivedAt },
        { label: 'Leverantör', cell: (r) => name(r.supplier) },
        { label: 'Innehåll', cell: (r) => word(r.type) },
        { label: 'Källa', cell: (r) => r.source },
        { label: 'Status', cell: (r) => badge(word(r.status), STATUS_CLASS[r.status]), csv: (r) => word(r.status) },
        { label: 'Lästa', cell: (r) => String(r.read), class: 'num' },
        { label: 'Nya', cell: (r) => String(r.stored), class: 'num' },
        { label: 'Dubbletter', cell: (r) => String(r.duplicates), class: 'num' },
        { label: 'Rättade', cell: (r) => String(r.corrected), class: 'num' },
        { label: 'Avvisade', cell: (r) => String(r.rejected), class: 'num' },
        { label: 'Kvitto', cell: receipt, csv: (r) => (r.errors ?? []).map((e) => `rad ${e.line} ${e.field ?? ''}: ${e.reason}`).join(' | ') },
      ],
    });
  }, { id: 'importer', missing: 'Leverantörsdelen är inte installerad.' }));

  if (!filtered) view.append(unchecked);

  view.append(section('Avvikelser på fakturor', async () => {
    const [rows, name] = await Promise.all([page('/invoices/discrepancies', { limit: PAGE_SIZE }), names()]);
    return pagedTable({
      caption: 'Avvikelser', filename: 'fakturaavvikelser.csv', page: rows, empty: 'Inga avvikelser.',
      noun: ['avvikelser', 'avvikelse'],
      columns: [
        { label: 'Leverantör', cell: (d) => name(d.supplier) },
        { label: 'Faktura', cell: (d) => (d.invoiceId ? `${d.invoiceId}${d.line ? ` rad ${d.line}` : ''}` : '–') },
        { label: 'Vårdgivare', cell: (d) => (d.careProvider ? name(d.careProvider) : '–') },
        { label: 'Order', cell: (d) => d.orderId ?? '–' },
        { label: 'Avvikelse', cell: (d) => word(d.kind) },
        { label: 'Fakturerat', cell: (d) => money(d.invoicedOre), class: 'num' },
        { label: 'Väntat', cell: (d) => money(d.expectedOre), class: 'num' },
        { label: 'Beskrivning', cell: (d) => d.detail ?? '', class: 'wide' },
      ],
    });
  }, { id: 'avvikelser', missing: 'Inga avvikelser att visa: fakturakontrollen är inte installerad ännu.' }));
  return 'Leverantörsdata';
}

// Leverantörsdata: imports with their receipts, deliveries not yet checked, invoice discrepancies.
import { api, today } from '../api.js';
import { badge, h, section, table } from '../dom.js';
import { money, relative, shortDate, timestamp, word } from '../format.js';

const STATUS_CLASS = { COMPLETED: 'ok', RUNNING: 'info', FAILED: 'critical' };

function receipt(r) {
  if (!r.errors?.length) return r.rejected ? `${r.rejected} avvisade` : 'Inga fel';
  return h('details', {},
    h('summary', {}, `${r.errors.length} fel`),
    h('ul', {}, r.errors.map((e) => h('li', {}, e.line ? `Rad ${e.line}` : 'Filen', e.field ? ` (${e.field})` : '', `: ${e.reason}`))));
}

export function supplierPage(view) {
  view.append(h('h1', {}, 'Leverantörsdata'));

  view.append(section('Importer och kvitton', async () => {
    const rows = await api('/supplier-imports?limit=50');
    return table({
      caption: 'Importer', filename: 'importer.csv', rows, empty: 'Inga filer har tagits emot.',
      columns: [
        { label: 'Mottagen', cell: (r) => timestamp(r.receivedAt), csv: (r) => r.receivedAt },
        { label: 'Leverantör', cell: (r) => r.supplier },
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

  view.append(section('Leveranser som inte är kontrollerade', async () => {
    const [rows, todayIso] = await Promise.all([api('/deliveries?unchecked=true'), today()]);
    return table({
      caption: 'Okontrollerade leveranser', filename: 'okontrollerade-leveranser.csv', rows,
      empty: 'Alla leveranser är kontrollerade.',
      columns: [
        { label: 'Leverans', cell: (d) => d.delivery.recordId },
        { label: 'Leverantör', cell: (d) => d.supplier },
        { label: 'Vårdgivare', cell: (d) => d.delivery.careProvider },
        { label: 'Order', cell: (d) => d.delivery.orderId ?? '–' },
        { label: 'Artikel', cell: (d) => d.delivery.article ?? '–' },
        { label: 'Antal', cell: (d) => String(d.delivery.quantity ?? '–'), class: 'num' },
        { label: 'Levererad', cell: (d) => shortDate(d.delivery.date), csv: (d) => d.delivery.date },
        { label: 'Kontrolleras senast', cell: (d) => [shortDate(d.checkDueOn), ' ',
          d.checkDueOn < todayIso ? badge('försenad', 'critical') : h('span', { class: 'muted' }, relative(todayIso, d.checkDueOn))],
        csv: (d) => d.checkDueOn },
      ],
    });
  }, { id: 'leveranser', missing: 'Leverantörsdelen är inte installerad.' }));

  view.append(section('Avvikelser på fakturor', async () => {
    const rows = await api('/invoices/discrepancies');
    return table({
      caption: 'Avvikelser', filename: 'fakturaavvikelser.csv', rows, empty: 'Inga avvikelser.',
      columns: [
        { label: 'Leverantör', cell: (d) => d.supplier },
        { label: 'Faktura', cell: (d) => (d.invoiceId ? `${d.invoiceId}${d.line ? ` rad ${d.line}` : ''}` : '–') },
        { label: 'Vårdgivare', cell: (d) => d.careProvider ?? '–' },
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

// Översikt: the open alerts, acknowledged with one click, and the coming twelve months' deadlines — one page of
// each (the newest alerts, the nearest deadlines), with "Visa fler" for the next.
import { page, post, today } from '../api.js';
import { announce, badge, failure, h, pagedTable, section } from '../dom.js';
import { addMonths, bothDates, relative, threshold, weekdayDate, word } from '../format.js';
import { names } from '../names.js';

const SEVERITY_CLASS = { INFO: 'info', WARNING: 'warning', CRITICAL: 'critical' };

/** How many open alerts and deadlines the start page shows at first. */
export const PAGE_SIZE = 100;

/**
 * The supplier page's address for the deliveries behind an unchecked-deliveries deadline or alert, whose subject is
 * "<care provider>/<supplier>/<check day>"; null for anything else.
 */
export function uncheckedDeliveriesHref(item) {
  if (item.source !== 'supplier' || item.kind !== 'DELIVERIES_UNCHECKED') return null;
  const parts = String(item.subject).split('/');
  if (parts.length !== 3 || !/^\d{4}-\d{2}-\d{2}$/.test(parts[2])) return null;
  const [careProvider, supplier, day] = parts;
  const query = new URLSearchParams({ vardgivare: careProvider, leverantor: supplier, kontrolldag: day });
  return `#/leverantorer?${query}`;
}

/** A link to what a deadline or alert is about, when the dashboard has a page for it. */
export function subjectLink(item) {
  const title = item.subjectTitle || item.subject;
  // agreement subjects are the agreement id, or "<agreement>/<party>" for one party's notice or leaving
  const agreement = String(item.subject).split('/')[0];
  if (item.source === 'agreement') return h('a', { href: `#/avtal/${encodeURIComponent(agreement)}` }, title);
  const deliveries = uncheckedDeliveriesHref(item);
  return deliveries ? h('a', { href: deliveries, 'data-unchecked-deliveries': item.subject }, title) : title;
}

/** The day to act by, how far away it is, and the contractual last day too when it is not a working day. */
export function dateCell(item, todayIso) {
  const contractual = item.date ?? item.dueDate;
  const practical = item.practicalDate ?? contractual;
  return h('span', { 'data-date': contractual, 'data-practical-date': practical },
    h('time', { datetime: practical }, weekdayDate(practical)),
    h('span', { class: 'muted block' }, relative(todayIso, practical)),
    contractual && practical !== contractual
      ? h('span', { class: 'both-dates block' }, bothDates(contractual, practical)) : null);
}

function ackButton(alert) {
  const button = h('button', {
    type: 'button',
    class: 'button small',
    'data-ack': alert.id,
    'aria-label': `Kvittera larm ${alert.id}: ${word(alert.kind)}, ${alert.subjectTitle ?? alert.subject}`,
  }, 'Kvittera');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Kvitterar …';
    try {
      const done = await post(`/alerts/${alert.id}/ack`);
      const cell = button.parentElement;
      cell.replaceChildren(badge(`Kvitterat av ${done.acknowledgedBy}`, 'ok'));
      cell.closest('tr').classList.add('acknowledged');
      announce(`Larm ${alert.id} är kvitterat.`);
    } catch (e) {
      button.disabled = false;
      button.textContent = 'Kvittera';
      button.parentElement.append(failure(e));
    }
  });
  return button;
}

export function startPage(view, ctx) {
  view.append(
    h('h1', {}, 'Översikt'),
    h('div', { class: 'grid' },
      section('Öppna larm', async () => {
        // the newest first, one page (the API sorts; the page never asks for every open alert)
        const [alerts, todayIso, name] = await Promise.all([page('/alerts?state=OPEN', { limit: PAGE_SIZE }), today(),
          names()]);
        const columns = [
          { label: 'Avser', cell: subjectLink },
          { label: 'Allvar', cell: (a) => badge(word(a.severity), SEVERITY_CLASS[a.severity]), csv: (a) => word(a.severity) },
          { label: 'Händelse', cell: (a) => [word(a.kind), h('span', { class: 'muted block' }, threshold(a.threshold))],
            csv: (a) => `${word(a.kind)} (${threshold(a.threshold)})` },
          { label: 'Datum', cell: (a) => dateCell(a, todayIso), csv: (a) => a.practicalDate ?? a.dueDate ?? '', class: 'date' },
          { label: 'Till', cell: (a) => (a.addressee ? name(a.addressee) : '–') },
          { label: 'Beskrivning', cell: (a) => a.description ?? '', class: 'wide' },
        ];
        if (ctx.canOperate) {
          columns.push({ label: 'Åtgärd', cell: ackButton, csv: false });
        }
        // a total only when the page holds them all; else the paging line says there are more
        const count = alerts.next ? '' : `${alerts.items.length} öppna larm. `;
        return [
          h('p', { class: 'lead' }, alerts.items.length === 0 ? '' : count
            + (ctx.canOperate ? 'Kvittera ett larm när du har tagit hand om det.' : 'Du kan se larmen men inte kvittera dem.')),
          pagedTable({
            caption: 'Öppna larm', columns, page: alerts, filename: 'oppna-larm.csv', noun: ['öppna larm', 'öppet larm'],
            empty: 'Inga öppna larm. Allt är omhändertaget.',
            rowAttrs: (a) => ({ 'data-alert': a.id }),
          }),
        ];
      }, { id: 'larm', missing: 'Larmfunktionen är inte installerad.' }),
      section('Tidsfrister de kommande 12 månaderna', async () => {
        const [todayIso, name] = await Promise.all([today(), names()]);
        const to = addMonths(todayIso, 12);
        // the nearest first (the API sorts by the day to act by), one page
        const deadlines = await page(`/deadlines?from=${todayIso}&to=${to}`, { limit: PAGE_SIZE });
        return [
          h('p', { class: 'lead' }, `Från ${weekdayDate(todayIso)} till ${weekdayDate(to)}, de närmaste först.`),
          pagedTable({
            caption: 'Tidsfrister', filename: `tidsfrister-${todayIso}.csv`, page: deadlines,
            noun: ['tidsfrister', 'tidsfrist'],
            empty: 'Inga tidsfrister de kommande 12 månaderna.',
            columns: [
              { label: 'Avser', cell: subjectLink },
              { label: 'Datum', cell: (d) => dateCell(d, todayIso), csv: (d) => d.practicalDate ?? d.date, class: 'date' },
              { label: 'Vad', cell: (d) => word(d.kind) },
              { label: 'Ansvarig', cell: (d) => (d.owner ? name(d.owner) : '–') },
              { label: 'Beskrivning', cell: (d) => d.description ?? '', class: 'wide' },
            ],
          }),
        ];
      }, { id: 'tidsfrister' })));
  return 'Översikt';
}

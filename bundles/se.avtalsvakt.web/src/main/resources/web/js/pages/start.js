// Översikt: the coming twelve months' deadlines and the open alerts, acknowledged with one click.
import { api, post, today } from '../api.js';
import { announce, badge, failure, h, section, table } from '../dom.js';
import { addMonths, bothDates, relative, threshold, weekdayDate, word } from '../format.js';
import { names } from '../names.js';

const SEVERITY_CLASS = { INFO: 'info', WARNING: 'warning', CRITICAL: 'critical' };

/** A link to what a deadline or alert is about, when the dashboard has a page for it. */
export function subjectLink(item) {
  const title = item.subjectTitle || item.subject;
  // agreement subjects are the agreement id, or "<agreement>/<party>" for one party's notice or leaving
  const agreement = String(item.subject).split('/')[0];
  return item.source === 'agreement' ? h('a', { href: `#/avtal/${encodeURIComponent(agreement)}` }, title) : title;
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
        const [alerts, todayIso, name] = await Promise.all([api('/alerts?state=OPEN'), today(), names()]);
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
        return [
          h('p', { class: 'lead' }, alerts.length === 0 ? '' : `${alerts.length} öppna larm.`
            + (ctx.canOperate ? ' Kvittera ett larm när du har tagit hand om det.' : ' Du kan se larmen men inte kvittera dem.')),
          table({
            caption: 'Öppna larm', columns, rows: alerts, filename: 'oppna-larm.csv',
            empty: 'Inga öppna larm. Allt är omhändertaget.',
            rowAttrs: (a) => ({ 'data-alert': a.id }),
          }),
        ];
      }, { id: 'larm', missing: 'Larmfunktionen är inte installerad.' }),
      section('Tidsfrister de kommande 12 månaderna', async () => {
        const [todayIso, name] = await Promise.all([today(), names()]);
        const to = addMonths(todayIso, 12);
        const deadlines = await api(`/deadlines?from=${todayIso}&to=${to}`);
        return [
          h('p', { class: 'lead' }, `Från ${weekdayDate(todayIso)} till ${weekdayDate(to)}.`),
          table({
            caption: 'Tidsfrister', filename: `tidsfrister-${todayIso}.csv`, rows: deadlines,
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

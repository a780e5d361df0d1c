// Ärenden: disputes along their agreement's escalation ladder, handover cases when a party or an agreement ends,
// the open situation checklists and the parties without a local plan.
import { api } from '../api.js';
import { badge, h, section, table } from '../dom.js';
import { shortDate } from '../format.js';
import { names } from '../names.js';

const DISPUTE_STATE = { OPEN: ['Pågår', 'warning'], RESOLVED: ['Löst', 'ok'], WITHDRAWN: ['Återkallad', 'info'] };
const HANDOVER_STATE = { OPEN: ['Pågår', 'warning'], DONE: ['Klar', 'ok'], CANCELLED: ['Avbruten', 'info'] };
const EVENT = { OPENED: 'Öppnad', ESCALATED: 'Förd vidare', RESOLVED: 'Löst', WITHDRAWN: 'Återkallad' };

function state(map, code) {
  const [text, kind] = map[code] ?? [code, ''];
  return h('span', { 'data-state': code }, badge(text, kind));
}

async function agreementTitles() {
  try {
    const list = await api('/agreements?limit=1000');
    return new Map(list.map((a) => [a.id, a.title ?? a.id]));
  } catch {
    return new Map();
  }
}

function ladder(d, name) {
  return h('ol', { class: 'ladder' }, d.ladder.map((s) => h('li', { 'aria-current': s.number === d.step ? 'step' : null },
    s.number === d.step ? h('strong', {}, s.title) : s.title,
    s.owner ? ` (${name(s.owner)})` : '',
    s.limitDays ? `, ${s.limitDays} dagar` : ', ingen tidsgräns')));
}

function history(d) {
  return h('ul', { class: 'history' }, d.history.map((e) => h('li', {},
    `${shortDate(e.on)}: ${EVENT[e.kind] ?? e.kind} (steg ${e.step}) av ${e.by}`, e.note ? ` – ${e.note}` : '')));
}

export function casesPage(view) {
  view.append(h('h1', {}, 'Ärenden'),
    h('p', { class: 'lead' }, 'Tvister enligt avtalens ordning för tvister och överlämningar när ett deltagande eller ett avtal upphör.'));

  view.append(section('Tvister', async () => {
    const [name, titles, rows] = await Promise.all([names(), agreementTitles(), api('/disputes?limit=200')]);
    const open = rows.filter((d) => d.state === 'OPEN').length;
    return [h('p', {}, `${rows.length} tvister, varav ${open} pågår.`), table({
      caption: 'Tvister',
      filename: 'tvister.csv',
      empty: 'Inga tvister är registrerade.',
      rows,
      rowAttrs: (d) => ({ 'data-dispute': d.id }),
      columns: [
        { label: 'Nr', cell: (d) => String(d.id) },
        { label: 'Avtal', cell: (d) => titles.get(d.agreement) ?? d.agreement },
        { label: 'Parter', cell: (d) => d.parties.map(name).join(', ') },
        { label: 'Ärende', cell: (d) => d.subject },
        { label: 'Läge', cell: (d) => state(DISPUTE_STATE, d.state), csv: (d) => DISPUTE_STATE[d.state]?.[0] ?? d.state },
        { label: 'Steg', cell: (d) => ladder(d, name), csv: (d) => (d.current ? `${d.step}. ${d.current.title}` : '') },
        { label: 'Tidsgräns', cell: (d) => (d.stepDue ? shortDate(d.stepDue) : '–') },
        { label: 'Händelser', cell: (d) => history(d), csv: (d) => d.history.map((e) => `${e.on} ${EVENT[e.kind]} ${e.by}`).join('; ') },
      ],
    })];
  }, { id: 'tvister', missing: 'Ärendehanteringen är inte installerad.' }));

  view.append(section('Överlämningar', async () => {
    const [name, titles, rows] = await Promise.all([names(), agreementTitles(), api('/handovers?limit=200')]);
    const items = rows.flatMap((c) => c.items.map((i) => ({ ...i, handover: c })));
    return [h('p', {}, `${rows.length} överlämningar, ${items.filter((i) => !i.doneOn && i.handover.state === 'OPEN').length} punkter kvar.`),
      table({
        caption: 'Överlämningar',
        filename: 'overlamningar.csv',
        empty: 'Inga överlämningar: ingen part och inget avtal har fått ett slutdatum.',
        rows: items,
        rowAttrs: (i) => ({ 'data-handover': i.handover.id }),
        columns: [
          { label: 'Avtal', cell: (i) => titles.get(i.handover.agreement) ?? i.handover.agreement },
          { label: 'Part', cell: (i) => (i.handover.party ? name(i.handover.party) : 'Hela avtalet') },
          { label: 'Sista dag', cell: (i) => shortDate(i.handover.endsOn) },
          { label: 'Punkt', cell: (i) => i.title },
          { label: 'Ansvarig', cell: (i) => name(i.owner) },
          { label: 'Senast', cell: (i) => shortDate(i.due) },
          { label: 'Klar', cell: (i) => (i.doneOn ? `${shortDate(i.doneOn)} (${i.doneBy})` : '–') },
          { label: 'Läge', cell: (i) => state(HANDOVER_STATE, i.handover.state), csv: (i) => HANDOVER_STATE[i.handover.state]?.[0] ?? i.handover.state },
        ],
      })];
  }, { id: 'overlamningar', missing: 'Ärendehanteringen är inte installerad.' }));
  view.append(section('Checklistor', async () => {
    const [name, rows] = await Promise.all([names(), api('/checklists?state=OPEN&limit=200')]);
    const items = rows.flatMap((c) => c.items.map((i) => ({ ...i, checklist: c })));
    return [h('p', {}, `${rows.length} pågående checklistor, ${items.filter((i) => !i.doneOn).length} aktiviteter kvar.`),
      table({
        caption: 'Checklistor',
        filename: 'checklistor.csv',
        empty: 'Inga pågående checklistor.',
        rows: items,
        rowAttrs: (i) => ({ 'data-checklist': i.checklist.id }),
        columns: [
          { label: 'Organisation', cell: (i) => name(i.checklist.organisation) },
          { label: 'Checklista', cell: (i) => i.checklist.title },
          { label: 'Aktivitet', cell: (i) => `${i.number}. ${i.activity}` },
          { label: 'Ansvarig', cell: (i) => i.owner ?? 'Ingen utsedd' },
          { label: 'Senast', cell: (i) => (i.due ? shortDate(i.due) : '–') },
          { label: 'Klar', cell: (i) => (i.doneOn ? `${shortDate(i.doneOn)} (${i.doneBy})` : '–') },
        ],
      })];
  }, { id: 'checklistor', missing: 'Ärendehanteringen är inte installerad.' }));
  view.append(section('Lokala planer för överenskommelsen om hjälpmedel i förskola, skola och daglig verksamhet', async () => {
    const [name, rows] = await Promise.all([names(), api('/local-plans?agreement=overenskommelse-skola&limit=1000')]);
    const without = rows.filter((r) => !r.plan);
    return [h('p', {}, `${rows.length - without.length} av ${rows.length} parter har en lokal plan registrerad.`),
      table({
        caption: 'Parter utan lokal plan',
        filename: 'utan-lokal-plan.csv',
        empty: 'Alla parter har en lokal plan.',
        rows: without,
        rowAttrs: (r) => ({ 'data-no-plan': r.party }),
        columns: [{ label: 'Part utan lokal plan', cell: (r) => name(r.party) }],
      })];
  }, { id: 'lokala-planer', missing: 'Ärendehanteringen är inte installerad.' }));
  return 'Ärenden';
}

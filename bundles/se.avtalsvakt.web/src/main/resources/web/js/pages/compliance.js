// Åtaganden och styrning: per year, each body's compliance with its rules, and the obligations due that year.
import { api, bounded, page, today } from '../api.js';
import { badge, h, notice, pagedTable, section } from '../dom.js';
import { shortDate, word } from '../format.js';
import { names } from '../names.js';

function number(value, fallback = '–') {
  return value === null || value === undefined ? fallback : String(value);
}

const STATE_CLASS = { MET: 'ok', ON_TRACK: 'info', AT_RISK: 'warning', MISSED: 'critical' };

/** Where a body stands against its yearly meeting requirement: "på väg", "risk", "uppfyllt", "ej uppfyllt". */
function stateBadge(c) {
  if (!c.state) return null;
  return h('span', { 'data-state': c.state }, badge(c.stateLabel ?? word(c.state), STATE_CLASS[c.state]));
}

function bodyCard(body, compliance) {
  const c = compliance;
  const meetings = c.meetingsRequired === null
    ? `${c.meetingsHeld} hållna`
    : `${c.meetingsHeld} av minst ${c.meetingsRequired}${c.meetingsMaximum ? ` (högst ${c.meetingsMaximum})` : ''}`;
  const broken = c.violations.length;
  return h('article', { class: 'body-card', 'data-body': body.id },
    h('h3', {}, body.name ?? body.id, ' ', stateBadge(c), ' ', broken === 0 ? badge('Inga avvikelser', 'ok')
      : badge(`${broken} avvikelse${broken === 1 ? '' : 'r'}`, 'critical')),
    h('p', { class: 'muted' }, word(body.level)),
    c.summary ? h('p', { class: 'compliance-summary' }, c.summary) : null,
    h('dl', { class: 'facts compact' },
      h('dt', {}, 'Möten'), h('dd', {}, meetings, c.meetingsPlanned ? `, ${c.meetingsPlanned} planerade` : '',
        c.meetingsRemaining ? `, ${c.meetingsRemaining} återstår` : '',
        c.daysLeft && c.meetingsRemaining ? ` på ${c.daysLeft} dagar` : ''),
      h('dt', {}, 'Kallelser i tid'), h('dd', {}, `${c.invitationsOnTime} i tid, ${c.invitationsLate} sena`,
        c.invitationLeadDays ? ` (${c.invitationLeadDays} dagar före)` : ''),
      h('dt', {}, 'Beslutsförhet'), h('dd', {}, `${c.quorumMet} möten beslutsföra, ${c.quorumNotMet} inte`),
      h('dt', {}, 'Beslut mot reglerna'), h('dd', {}, number(c.decisionsBreakingRules))),
    c.violations.length ? h('ul', { class: 'violations' },
      c.violations.map((v) => h('li', {}, h('strong', {}, `${v.subject}: `), v.message))) : null);
}

export function compliancePage(view, ctx) {
  const heading = h('h1', {}, 'Åtaganden och styrning');
  view.append(heading);
  const yearP = today().then((t) => Number(ctx.params.get('ar')) || Number(t.slice(0, 4)));

  const form = h('form', { class: 'inline-form', 'aria-label': 'Välj år' });
  view.append(form);
  yearP.then(async (year) => {
    const thisYear = Number((await today()).slice(0, 4));
    const select = h('select', { id: 'ar', name: 'ar' },
      [...Array(6).keys()].map((i) => thisYear + 1 - i)
        .map((y) => h('option', { value: y, selected: y === year }, String(y))));
    form.append(h('label', { for: 'ar' }, 'År '), select, ' ', h('button', { type: 'submit', class: 'button secondary' }, 'Visa'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      location.hash = `#/efterlevnad?ar=${select.value}`;
    });
  }).catch(() => {});

  view.append(section('Styrgruppernas efterlevnad', async () => {
    // a region has a few dozen bodies: asked for with the API's largest page, and said so if there are more
    const [year, { items: bodies, cut }] = await Promise.all([yearP, bounded('/bodies', { limit: 1000 })]);
    if (!bodies.length) return h('p', {}, 'Inga organ är registrerade.');
    const cards = await Promise.all(bodies.map(async (b) => {
      try {
        return bodyCard(b, await api(`/bodies/${encodeURIComponent(b.id)}/compliance?year=${year}`));
      } catch (e) {
        return h('article', { class: 'body-card' }, h('h3', {}, b.name ?? b.id), h('p', {}, `Kunde inte hämta: ${e.message}`));
      }
    }));
    return [h('p', { class: 'lead' }, `År ${year}: mötesplan, kallelser, beslutsförhet och beslut per organ.`),
      cut ? notice(`Visar de första ${bodies.length} organen.`, 'info') : null,
      h('div', { class: 'cards' }, cards)];
  }, { id: 'organ', missing: 'Styrningen (organ och möten) är inte installerad.' }));

  view.append(section('Åtaganden under året', async () => {
    const [year, name] = await Promise.all([yearP, names()]);
    // one page, by due date; the overdue ones asked for on their own, so the count does not need every row
    const [rows, overdue] = await Promise.all([
      page(`/obligations?from=${year}-01-01&to=${year}-12-31`, { limit: 100 }),
      page(`/obligations?from=${year}-01-01&to=${year}-12-31&state=OVERDUE`, { limit: 1000 })]);
    const late = `${overdue.next ? 'minst ' : ''}${overdue.items.length}`;
    const lead = rows.next
      ? `Åtagandena ${year}, de tidigaste först; ${late} av dem är försenade.`
      : `${rows.items.length} åtaganden ${year}, varav ${late} försenade.`;
    return [h('p', { class: 'lead' }, lead),
      pagedTable({
        caption: `Åtaganden ${year}`, filename: `ataganden-${year}.csv`, page: rows, empty: `Inga åtaganden ${year}.`,
        noun: ['åtaganden', 'åtagande'],
        columns: [
          { label: 'Åtagande', cell: (o) => o.title },
          { label: 'Slag', cell: (o) => word(o.kind) },
          { label: 'Avtal', cell: (o) => (o.agreement ? h('a', { href: `#/avtal/${encodeURIComponent(o.agreement)}` }, o.agreement) : '–'),
            csv: (o) => o.agreement ?? '' },
          { label: 'Organ', cell: (o) => (o.body ? name(o.body) : '–') },
          { label: 'Ansvarig', cell: (o) => (o.responsible ? name(o.responsible) : '–') },
          { label: 'Senast', cell: (o) => shortDate(o.dueDate), csv: (o) => o.dueDate },
          { label: 'Läge', cell: (o) => badge(word(o.state), o.state.toLowerCase()), csv: (o) => word(o.state) },
          { label: 'Genomfört', cell: (o) => `${o.fulfilments.length} av ${o.required}` },
          { label: 'Anmärkning', cell: (o) => o.cancelledReason ?? '', class: 'wide' },
        ],
      })];
  }, { id: 'ataganden', missing: 'Åtagandena är inte installerade.' }));
  return 'Åtaganden och styrning';
}

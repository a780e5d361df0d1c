// Avtal: the register, and one agreement with its timeline.
import { api, today } from '../api.js';
import { badge, facts, h, notice, section, table } from '../dom.js';
import { addDays, addMonths, longDate, period, relative, shortDate, timestamp, weekdayDate, word } from '../format.js';
import { timeline } from '../timeline.js';

const STATUS_CLASS = { ACTIVE: 'ok', NOTICE_GIVEN: 'warning', ENDED: 'muted', NOT_STARTED: 'info', REFERENCED: 'muted' };

export function statusBadge(status) {
  return badge(word(status), STATUS_CLASS[status]);
}

export function renewalText(renewal) {
  if (!renewal) return '–';
  const parts = [word(renewal.type)];
  if (renewal.period) parts.push(`med ${period(renewal.period)} i taget`);
  if (renewal.noticePeriod) parts.push(`uppsägningstid ${period(renewal.noticePeriod)}`);
  if (renewal.writtenNoticeRequired) parts.push('skriftlig uppsägning');
  return parts.join(', ');
}

export function agreementList(view) {
  view.append(h('h1', {}, 'Avtal'),
    section('Avtalsregistret', async () => {
      const agreements = await api('/agreements');
      return table({
        caption: 'Avtal', filename: 'avtal.csv', rows: agreements, empty: 'Inga avtal är registrerade.',
        columns: [
          { label: 'Avtal', cell: (a) => h('a', { href: `#/avtal/${encodeURIComponent(a.id)}` }, a.title), csv: (a) => a.title },
          { label: 'Id', cell: (a) => a.id },
          { label: 'Typ', cell: (a) => word(a.kind) },
          { label: 'Status', cell: (a) => statusBadge(a.status), csv: (a) => word(a.status) },
          { label: 'Start', cell: (a) => (a.start ? h('time', { datetime: a.start }, shortDate(a.start)) : '–'), csv: (a) => a.start ?? '' },
          { label: 'Förlängning', cell: (a) => renewalText(a.renewal) },
          { label: 'Ägare', cell: (a) => a.ownerBody ?? '–' },
        ],
      });
    }, { id: 'avtal', missing: 'Avtalsregistret är inte installerat.' }));
  return 'Avtal';
}

/** Every term from the start up to the first that begins after today, asked of the platform term by term. */
async function termsOf(agreement, todayIso) {
  const terms = [];
  let asOf = agreement.start;
  while (asOf && terms.length < 40) {
    const info = await api(`/agreements/${encodeURIComponent(agreement.id)}/terms?asOf=${asOf}`);
    if (info.termNumber === null || info.termStart === null) break;
    terms.push(info);
    if (!info.termEnd || info.termStart > todayIso || (info.endsOn && info.endsOn <= info.termEnd)) break;
    asOf = addDays(info.termEnd, 1);
  }
  return terms;
}

function legend() {
  const item = (cls, text) => h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), text);
  return h('ul', { class: 'legend', 'aria-label': 'Teckenförklaring' },
    item('sw-past', 'Avslutad period'), item('sw-current', 'Pågående period'), item('sw-future', 'Kommande period'),
    item('sw-deadline', 'Sista dag för uppsägning'), item('sw-notice', 'Uppsägning mottagen'),
    item('sw-obligation', 'Utvärdering/åtagande (grön: uppfyllt, röd: försenat, blå: kommande)'), item('sw-today', 'I dag'));
}

/** The parties by role; a long list (the 49 municipalities) folded away behind its count. */
function parties(list) {
  const byRole = new Map();
  for (const p of list) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p.organisation]);
  return h('ul', { class: 'plain' }, [...byRole].map(([role, orgs]) => h('li', {},
    orgs.length > 6
      ? h('details', {}, h('summary', {}, `${orgs.length} ${word(role)}`), orgs.join(', '))
      : `${orgs.join(', ')} (${word(role)})`)));
}

export function agreementPage(view, ctx, id) {
  const path = `/agreements/${encodeURIComponent(id)}`;
  const heading = h('h1', {}, id);
  view.append(h('p', { class: 'breadcrumb' }, h('a', { href: '#/avtal' }, '← Alla avtal')), heading);
  const loaded = Promise.all([api(path), today()]);
  // evaluations and other obligations from the start to six years ahead; none when that part is not installed
  const obligations = loaded.then(([a, t]) => api(`/obligations?agreement=${encodeURIComponent(id)}`
    + `&from=${a.start ?? `${t.slice(0, 4)}-01-01`}&to=${addMonths(t, 72)}`));
  loaded.then(([a]) => {
    heading.textContent = a.title;
    document.title = `${a.title} – Avtalsvakt`;
  }).catch(() => {});

  view.append(section('Tidslinje', async () => {
    const [agreement, todayIso] = await loaded;
    if (agreement.referenceOnly || !agreement.start) {
      return notice('Avtalet är ett referensavtal utan egna avtalsperioder.', 'info');
    }
    const [terms, notices, occurrences] = await Promise.all([
      termsOf(agreement, todayIso),
      api(`${path}/terminations`),
      obligations.catch(() => []),
    ]);
    const current = terms.find((t) => t.termStart <= todayIso && (!t.termEnd || todayIso <= t.termEnd));
    // the end as things stand today: the earliest an effective notice causes, or a fixed end
    const ends = notices.filter((n) => n.effective && n.endsOn).map((n) => n.endsOn).sort()[0]
      ?? (agreement.renewal?.type === 'FIXED' ? terms[terms.length - 1]?.termEnd : null);
    const next = terms.map((t) => t.practicalNoticeDeadline).filter((d) => d && d >= todayIso && (!ends || d < ends)).sort()[0];
    let headline;
    if (ends && ends < todayIso) {
      headline = `Avtalet upphörde ${longDate(ends)}.`;
    } else if (ends) {
      headline = `Avtalet upphör ${weekdayDate(ends)} (${relative(todayIso, ends)})${notices.some((n) => n.effective) ? ' efter uppsägning' : ''}.`;
    } else if (next) {
      headline = `Sista dag att säga upp avtalet: ${weekdayDate(next)} (${relative(todayIso, next)}).`;
    } else {
      headline = 'Ingen kommande uppsägningsfrist.';
    }
    return [
      h('p', { class: 'headline' }, headline),
      h('figure', { class: 'timeline-figure' },
        h('div', { class: 'timeline-scroll' }, timeline({ agreement, today: todayIso, terms, notices, obligations: occurrences })),
        h('figcaption', {}, legend())),
      h('h3', {}, 'Avtalsperioder'),
      table({
        caption: 'Avtalsperioder', filename: `${id}-perioder.csv`, rows: terms, empty: 'Inga perioder.',
        columns: [
          { label: 'Period', cell: (t) => String(t.termNumber) },
          { label: 'Från', cell: (t) => shortDate(t.termStart), csv: (t) => t.termStart },
          { label: 'Till', cell: (t) => (t.termEnd ? shortDate(t.termEnd) : 'tills vidare'), csv: (t) => t.termEnd ?? '' },
          { label: 'Sista dag för uppsägning', cell: (t) => (t.practicalNoticeDeadline ? weekdayDate(t.practicalNoticeDeadline) : '–'),
            csv: (t) => t.practicalNoticeDeadline ?? '' },
          { label: 'Läge', cell: (t) => (t === current ? 'pågår' : t.termStart > todayIso ? 'kommande' : 'avslutad') },
        ],
      }),
    ];
  }, { id: 'tidslinje', missing: 'Avtalet finns inte i registret.' }));

  view.append(section('Uppgifter', async () => {
    const [a] = await loaded;
    return facts([
      ['Id', a.id],
      ['Typ', word(a.kind)],
      ['Status i dag', statusBadge(a.status)],
      ['Diarienummer', a.diaryNumber],
      ['Parter', parties(a.parties)],
      ['Ägs av', a.ownerBody],
      ['Start', a.start ? longDate(a.start) : null],
      ['Första periodens slut', a.firstTermEnd ? longDate(a.firstTermEnd) : null],
      ['Förlängning', renewalText(a.renewal)],
      ['Omförhandling när som helst', a.renegotiationAnyTime ? 'ja' : 'nej'],
      ['Hänvisar till', a.references.join(', ')],
      ['Anteckningar', a.notes],
    ]);
  }, { id: 'uppgifter', missing: 'Avtalet finns inte i registret.' }));

  view.append(section('Uppsägningar', async () => {
    const notices = await api(`${path}/terminations`);
    return table({
      caption: 'Uppsägningar', filename: `${id}-uppsagningar.csv`, rows: notices, empty: 'Inga uppsägningar mottagna.',
      columns: [
        { label: 'Part', cell: (n) => n.notice.party },
        { label: 'Mottagen', cell: (n) => shortDate(n.notice.receivedOn), csv: (n) => n.notice.receivedOn },
        { label: 'Skriftlig', cell: (n) => (n.notice.written ? 'ja' : 'nej') },
        { label: 'Diarienummer', cell: (n) => n.notice.diaryNumber ?? '–' },
        { label: 'Verkan', cell: (n) => (n.effective ? `upphör ${shortDate(n.endsOn)}` : 'ingen'), csv: (n) => n.endsOn ?? '' },
        { label: 'Förklaring', cell: (n) => n.explanation, class: 'wide' },
      ],
    });
  }, { id: 'uppsagningar', missing: 'Avtalet finns inte i registret.' }));

  view.append(section('Utvärderingar och åtaganden', async () => {
    const rows = await obligations;
    return table({
      caption: 'Åtaganden', filename: `${id}-ataganden.csv`, rows, empty: 'Inga åtaganden för avtalet.',
      columns: [
        { label: 'Åtagande', cell: (o) => o.title },
        { label: 'Slag', cell: (o) => word(o.kind) },
        { label: 'Senast', cell: (o) => shortDate(o.dueDate), csv: (o) => o.dueDate },
        { label: 'Läge', cell: (o) => badge(word(o.state), o.state.toLowerCase()), csv: (o) => word(o.state) },
        { label: 'Ansvarig', cell: (o) => o.responsible ?? '–' },
        { label: 'Genomfört', cell: (o) => o.fulfilments.map((f) => `${shortDate(f.date)}${f.reference ? ` (${f.reference})` : ''}`).join(', ') || '–' },
        { label: 'Anmärkning', cell: (o) => o.cancelledReason ?? '', class: 'wide' },
      ],
    });
  }, { id: 'ataganden', missing: 'Åtagandena (utvärderingar) är inte installerade.' }));

  view.append(section('Förlängningar', async () => {
    const rows = await api(`${path}/renewals`);
    return table({
      caption: 'Förlängningar', rows, empty: 'Inga förlängningar registrerade.',
      columns: [
        { label: 'Händelse', cell: (r) => (r.kind === 'EXTENDED' ? `Förlängt till period ${r.termNumber}` : 'Upphört') },
        { label: 'Från och med', cell: (r) => shortDate(r.effectiveOn) },
        { label: 'Periodens slut', cell: (r) => shortDate(r.termEnd) },
        { label: 'Registrerat', cell: (r) => timestamp(r.recordedAt) },
      ],
    });
  }, { id: 'forlangningar' }));
  return id;
}

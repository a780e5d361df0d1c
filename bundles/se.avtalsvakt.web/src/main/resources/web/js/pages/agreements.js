// Avtal: the register a page at a time (filtered by the API), and one agreement with its timeline.
import { api, bounded, page, today } from '../api.js';
import { badge, facts, h, notice, pagedTable, section, table } from '../dom.js';
import {
  addDays, addMonths, bothDates, longDate, participation, partiesLeft, period, relative, shortDate, timestamp,
  weekdayDate, word,
} from '../format.js';
import { names, organisationList } from '../names.js';
import { withQuery } from '../paging.js';
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

/** How many agreements the register shows at first. */
export const PAGE_SIZE = 100;

const STATUSES = ['ACTIVE', 'NOTICE_GIVEN', 'NOT_STARTED', 'ENDED', 'REFERENCED'];
const KINDS = ['COOPERATION_AGREEMENT', 'MUTUAL_AGREEMENT', 'FRAMEWORK_AGREEMENT', 'SUPPLY_CONTRACT'];

/** The register's filter from the page's address (#/avtal?status=…&typ=…&part=…): only values the API knows. */
export function agreementFilter(params) {
  const status = params?.get('status');
  const kind = params?.get('typ');
  return {
    status: STATUSES.includes(status) ? status : null,
    kind: KINDS.includes(kind) ? kind : null,
    party: params?.get('part') || null,
  };
}

/** The filter form: choosing and pressing "Visa" puts the filter in the address, and the API filters. */
function filterForm(filter, organisations) {
  const select = (id, label, all, options, value) => [
    h('label', { for: id }, label),
    h('select', { id, name: id }, h('option', { value: '' }, all),
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))),
  ];
  const form = h('form', { class: 'inline-form', id: 'avtal-filter', role: 'search', 'aria-label': 'Filtrera avtalen' },
    select('avtal-status', 'Status', 'Alla', STATUSES.map((v) => [v, word(v)]), filter.status),
    select('avtal-typ', 'Typ', 'Alla', KINDS.map((v) => [v, word(v)]), filter.kind),
    select('avtal-part', 'Part', 'Alla parter', organisations.map((o) => [o.id, o.name ?? o.id]), filter.party),
    h('button', { type: 'submit', class: 'button secondary' }, 'Visa'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [name, id] of [['status', 'avtal-status'], ['typ', 'avtal-typ'], ['part', 'avtal-part']]) {
      const value = form.querySelector(`#${id}`).value;
      if (value) query.set(name, value);
    }
    const text = query.toString();
    location.hash = text ? `#/avtal?${text}` : '#/avtal';
  });
  return form;
}

export function agreementList(view, ctx) {
  const filter = agreementFilter(ctx.params);
  const filtered = Boolean(filter.status || filter.kind || filter.party);
  view.append(h('h1', {}, 'Avtal'),
    section('Avtalsregistret', async () => {
      const [agreements, todayIso, name, organisations] = await Promise.all([
        page(withQuery('/agreements', filter), { limit: PAGE_SIZE }), today(), names(), organisationList()]);
      return [
        filterForm(filter, organisations),
        pagedTable({
          caption: 'Avtal', filename: 'avtal.csv', page: agreements, noun: ['avtal', 'avtal'],
          empty: filtered ? 'Inga avtal motsvarar urvalet.' : 'Inga avtal är registrerade.',
          rowAttrs: (a) => ({ 'data-agreement': a.id }),
          columns: [
            { label: 'Avtal', cell: (a) => h('a', { href: `#/avtal/${encodeURIComponent(a.id)}` }, a.title), csv: (a) => a.title },
            { label: 'Diarienummer', cell: (a) => a.diaryNumber ?? '–' },
            { label: 'Typ', cell: (a) => word(a.kind) },
            { label: 'Status', cell: (a) => statusBadge(a.status), csv: (a) => word(a.status) },
            { label: 'Start', cell: (a) => (a.start ? h('time', { datetime: a.start }, shortDate(a.start)) : '–'), csv: (a) => a.start ?? '' },
            { label: 'Parter', cell: (a) => h('span', { 'data-parties-left': a.id },
              partiesLeft(a.parties, a.leaving, todayIso) ?? `${new Set(a.parties.map((p) => p.organisation)).size} parter`) },
            { label: 'Förlängning', cell: (a) => renewalText(a.renewal) },
            { label: 'Ägare', cell: (a) => (a.ownerBody ? name(a.ownerBody) : '–') },
          ],
        }),
      ];
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
    item('sw-leaving', 'En part lämnar avtalet'),
    item('sw-obligation', 'Utvärdering/åtagande (grön: uppfyllt, röd: försenat, blå: kommande)'), item('sw-today', 'I dag'));
}

/** The parties by role; a long list (the 49 municipalities) folded away behind its count. */
function parties(list, name) {
  const byRole = new Map();
  for (const p of list) byRole.set(p.role, [...(byRole.get(p.role) ?? []), name(p.organisation)]);
  return h('ul', { class: 'plain' }, [...byRole].map(([role, orgs]) => h('li', {},
    orgs.length > 6
      ? h('details', {}, h('summary', {}, `${orgs.length} ${word(role)}`), orgs.join(', '))
      : `${orgs.join(', ')} (${word(role)})`)));
}

/** Whether a notice ends the agreement for every party (its party is one whose notice does, or every party's does). */
export function endsForAll(agreement, notice) {
  const forAll = agreement.noticeEndsAgreementFor ?? [];
  return forAll.length === 0 || forAll.includes(notice.notice.party);
}

/** A notice that counts: effective, and not withdrawn. */
function counts(n) {
  return n.effective && !n.withdrawal && !n.notice?.withdrawal && !n.withdrawn;
}

/** The parties who leave (or left), by last day, with their names: [{lastDay, names: [..]}]. */
function leavingByDay(agreement, name) {
  const byDay = new Map();
  for (const l of agreement.leaving ?? []) {
    if (l.lastDay) byDay.set(l.lastDay, [...(byDay.get(l.lastDay) ?? []), name(l.organisation)]);
  }
  return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([lastDay, who]) => ({ lastDay, names: who }));
}

export function agreementPage(view, ctx, id) {
  const path = `/agreements/${encodeURIComponent(id)}`;
  const heading = h('h1', {}, id);
  view.append(h('p', { class: 'breadcrumb' }, h('a', { href: '#/avtal' }, '← Alla avtal')), heading);
  const loaded = Promise.all([api(path), today(), names()]);
  // one agreement's lists are small by nature: each asked for whole up to the API's largest page (1000), with a
  // word in the section when that bound cuts it
  // evaluations and other obligations from the start to six years ahead; none when that part is not installed
  const obligationList = loaded.then(([a, t]) => bounded(`/obligations?agreement=${encodeURIComponent(id)}`
    + `&from=${a.start ?? `${t.slice(0, 4)}-01-01`}&to=${addMonths(t, 72)}`));
  // for the timeline: none when that part is not installed (its own section says so)
  const obligations = obligationList.then((l) => l.items, () => []);
  const notices = loaded.then(() => bounded(`${path}/terminations`)).then((l) => l.items);
  loaded.then(([a]) => {
    heading.textContent = a.title;
    document.title = `${a.title} – Avtalsvakt`;
  }).catch(() => {});

  view.append(section('Tidslinje', async () => {
    const [agreement, todayIso, name] = await loaded;
    if (agreement.referenceOnly || !agreement.start) {
      return notice('Avtalet är ett referensavtal utan egna avtalsperioder.', 'info');
    }
    const [terms, received, occurrences] = await Promise.all([
      termsOf(agreement, todayIso),
      notices,
      obligations,
    ]);
    const current = terms.find((t) => t.termStart <= todayIso && (!t.termEnd || todayIso <= t.termEnd));
    // the end as things stand today: the earliest a notice for the whole agreement causes, or a fixed end
    const wholeNotices = received.filter((n) => counts(n) && n.endsOn && endsForAll(agreement, n));
    const ends = wholeNotices.map((n) => n.endsOn).sort()[0]
      ?? (agreement.renewal?.type === 'FIXED' ? terms[terms.length - 1]?.termEnd : null);
    const next = terms.map((t) => t.practicalNoticeDeadline).filter((d) => d && d >= todayIso && (!ends || d < ends)).sort()[0];
    const nextTerm = terms.find((t) => t.practicalNoticeDeadline === next);
    let headline;
    if (ends && ends < todayIso) {
      headline = `Avtalet upphörde ${longDate(ends)}.`;
    } else if (ends) {
      headline = `Avtalet upphör ${weekdayDate(ends)} (${relative(todayIso, ends)})${wholeNotices.length ? ' efter uppsägning' : ''}.`;
    } else if (next) {
      headline = `Sista dag att säga upp avtalet: ${bothDates(nextTerm.noticeDeadline, next)} (${relative(todayIso, next)}).`;
    } else {
      headline = 'Ingen kommande uppsägningsfrist.';
    }
    const left = partiesLeft(agreement.parties, agreement.leaving, todayIso);
    const leaving = leavingByDay(agreement, name);
    return [
      h('p', { class: 'headline' }, headline),
      left ? h('p', { class: 'parties-left', 'data-parties-left': agreement.id }, `${left}: `,
        leaving.map((l) => `${l.names.join(', ')} ${l.lastDay < todayIso ? 'lämnade' : 'lämnar'} efter ${longDate(l.lastDay)}`)
          .join('; '), '.') : null,
      h('figure', { class: 'timeline-figure' },
        h('div', { class: 'timeline-scroll' }, timeline({
          agreement, today: todayIso, terms, notices: received, obligations: occurrences, leaving, ends,
          partyName: name, endsForAll: (n) => endsForAll(agreement, n),
        })),
        h('figcaption', {}, legend())),
      h('h3', {}, 'Avtalsperioder'),
      table({
        caption: 'Avtalsperioder', filename: `${id}-perioder.csv`, rows: terms, empty: 'Inga perioder.',
        columns: [
          { label: 'Period', cell: (t) => String(t.termNumber) },
          { label: 'Från', cell: (t) => shortDate(t.termStart), csv: (t) => t.termStart },
          { label: 'Till', cell: (t) => (t.termEnd ? shortDate(t.termEnd) : 'tills vidare'), csv: (t) => t.termEnd ?? '' },
          { label: 'Sista dag för uppsägning',
            cell: (t) => (t.practicalNoticeDeadline ? h('span', { 'data-notice-deadline': t.practicalNoticeDeadline },
              bothDates(t.noticeDeadline, t.practicalNoticeDeadline)) : '–'),
            csv: (t) => t.practicalNoticeDeadline ?? '' },
          { label: 'Läge', cell: (t) => (t === current ? 'pågår' : t.termStart > todayIso ? 'kommande' : 'avslutad') },
        ],
      }),
    ];
  }, { id: 'tidslinje', missing: 'Avtalet finns inte i registret.' }));

  view.append(section('Parter', async () => {
    const [, todayIso, name] = await loaded;
    // who leaves or has left first, then the others, by name
    const order = { ENDED: 0, NOTICE_GIVEN: 1, NOT_STARTED: 2, ACTIVE: 3 };
    const rows = (await bounded(`${path}/parties?asOf=${todayIso}`)).items.sort((a, b) => (order[a.status] ?? 4) - (order[b.status] ?? 4)
      || name(a.organisation).localeCompare(name(b.organisation), 'sv'));
    const active = rows.filter((p) => p.status === 'ACTIVE' || p.status === 'NOTICE_GIVEN').length;
    return [
      h('p', { class: 'lead' }, `${active} av ${rows.length} parter deltar i dag (${shortDate(todayIso)}).`),
      table({
        caption: 'Parter', filename: `${id}-parter.csv`, rows, empty: 'Avtalet har inga parter.',
        rowAttrs: (p) => ({ 'data-party': p.organisation, 'data-status': p.status }),
        columns: [
          { label: 'Part', cell: (p) => name(p.organisation) },
          { label: 'Roll', cell: (p) => word(p.role) },
          { label: 'Deltagande', cell: (p) => badge(participation(p.status), STATUS_CLASS[p.status]),
            csv: (p) => participation(p.status) },
          { label: 'Sista dag', cell: (p) => (p.participatingUntil ? h('time', { datetime: p.participatingUntil },
            longDate(p.participatingUntil)) : 'tills vidare'), csv: (p) => p.participatingUntil ?? '' },
          { label: 'Uppsägning', cell: (p) => (p.notice ? `${name(p.notice.party)}, mottagen ${shortDate(p.notice.receivedOn)}` : '–'),
            csv: (p) => p.notice?.receivedOn ?? '' },
          { label: 'Skäl', cell: (p) => p.reason ?? '', class: 'wide' },
        ],
      }),
    ];
  }, { id: 'parter', missing: 'Avtalets parter kan inte visas.' }));

  view.append(section('Uppgifter', async () => {
    const [a, , name] = await loaded;
    return facts([
      ['Id', a.id],
      ['Typ', word(a.kind)],
      ['Status i dag', statusBadge(a.status)],
      ['Diarienummer', a.diaryNumber],
      ['Parter', parties(a.parties, name)],
      ['Uppsägning som avslutar avtalet för alla', (a.noticeEndsAgreementFor ?? []).length
        ? `från ${a.noticeEndsAgreementFor.map(name).join(', ')}; andra parters uppsägning avslutar bara deras eget deltagande`
        : 'från vilken part som helst'],
      ['Ägs av', a.ownerBody ? name(a.ownerBody) : null],
      ['Start', a.start ? longDate(a.start) : null],
      ['Första periodens slut', a.firstTermEnd ? longDate(a.firstTermEnd) : null],
      ['Förlängning', renewalText(a.renewal)],
      ['Sista dag på lördag, söndag eller helgdag', a.lastDayMovesToNextWorkingDay
        ? 'flyttas till nästa arbetsdag' : 'flyttas inte (uppsägningen ska ha kommit in senast arbetsdagen före)'],
      ['Omförhandling när som helst', a.renegotiationAnyTime ? 'ja' : 'nej'],
      ['Hänvisar till', a.references.join(', ')],
      ['Anteckningar', a.notes],
    ]);
  }, { id: 'uppgifter', missing: 'Avtalet finns inte i registret.' }));

  view.append(section('Beslutsgång', async () => {
    const [a, , name] = await loaded;
    return table({
      caption: 'Beslutsgång', filename: `${id}-beslutsgang.csv`, rows: a.decisionHistory ?? [],
      empty: 'Ingen beslutsgång registrerad för avtalet.',
      columns: [
        { label: 'Datum', cell: (d) => shortDate(d.on), csv: (d) => d.on },
        { label: 'Instans', cell: (d) => d.body },
        { label: 'Steg', cell: (d) => d.step ?? '–', class: 'wide' },
      ],
    });
  }, { id: 'beslutsgang', missing: 'Avtalet finns inte i registret.' }));

  view.append(section('Ändringslogg', async () => {
    const [a, , name] = await loaded;
    const documents = a.specifications ?? [];
    if (!documents.length) return h('p', {}, 'Avtalet har inga registrerade dokument.');
    return documents.map((d) => h('div', { class: 'change-log', 'data-specification': d.id },
      h('h3', {}, d.title, ' ', h('span', { class: 'muted' }, `(${d.type === 'MAIN_DOCUMENT' ? 'huvuddokument' : 'specifikation'})`)),
      table({
        caption: `Ändringslogg för ${d.title}`, filename: `${id}-${d.id}-andringslogg.csv`, rows: d.revisions ?? [],
        empty: 'Inga ändringar registrerade.',
        rowAttrs: (r) => ({ 'data-revision': r.diaryNumber }),
        columns: [
          { label: 'Diarienummer', cell: (r) => r.diaryNumber },
          { label: 'Beslutad', cell: (r) => shortDate(r.decidedOn), csv: (r) => r.decidedOn ?? '' },
          { label: 'Beslutad av', cell: (r) => (r.decidedBy ? name(r.decidedBy) : '–') },
          { label: 'Gäller från', cell: (r) => shortDate(r.effectiveFrom ?? r.decidedOn), csv: (r) => r.effectiveFrom ?? r.decidedOn ?? '' },
          { label: 'Ändring', cell: (r) => r.summary ?? '', class: 'wide' },
        ],
      })));
  }, { id: 'andringslogg', missing: 'Avtalet finns inte i registret.' }));

  view.append(section('Uppsägningar', async () => {
    const [[a, , name], rows] = await Promise.all([loaded, notices]);
    return table({
      caption: 'Uppsägningar', filename: `${id}-uppsagningar.csv`, rows, empty: 'Inga uppsägningar mottagna.',
      columns: [
        { label: 'Part', cell: (n) => name(n.notice.party) },
        { label: 'Mottagen', cell: (n) => shortDate(n.notice.receivedOn), csv: (n) => n.notice.receivedOn },
        { label: 'Skriftlig', cell: (n) => (n.notice.written ? 'ja' : 'nej') },
        { label: 'Diarienummer', cell: (n) => n.notice.diaryNumber ?? '–' },
        { label: 'Verkan', cell: (n) => (!counts(n) ? 'ingen'
          : endsForAll(a, n) ? `avtalet upphör för alla ${shortDate(n.endsOn)}`
            : `${name(n.notice.party)} lämnar avtalet efter ${shortDate(n.endsOn)}`), csv: (n) => n.endsOn ?? '' },
        { label: 'Förklaring', cell: (n) => n.explanation, class: 'wide' },
      ],
    });
  }, { id: 'uppsagningar', missing: 'Avtalet finns inte i registret.' }));

  view.append(section('Utvärderingar och åtaganden', async () => {
    const [{ items: rows, cut }, [, , name]] = await Promise.all([obligationList, loaded]);
    return [cut ? notice('Visar de första 1000 åtagandena.', 'info') : null, table({
      caption: 'Åtaganden', filename: `${id}-ataganden.csv`, rows, empty: 'Inga åtaganden för avtalet.',
      columns: [
        { label: 'Åtagande', cell: (o) => o.title },
        { label: 'Slag', cell: (o) => word(o.kind) },
        { label: 'Senast', cell: (o) => shortDate(o.dueDate), csv: (o) => o.dueDate },
        { label: 'Läge', cell: (o) => badge(word(o.state), o.state.toLowerCase()), csv: (o) => word(o.state) },
        { label: 'Ansvarig', cell: (o) => (o.responsible ? name(o.responsible) : '–') },
        { label: 'Genomfört', cell: (o) => o.fulfilments.map((f) => `${shortDate(f.date)}${f.reference ? ` (${f.reference})` : ''}`).join(', ') || '–' },
        { label: 'Anmärkning', cell: (o) => o.cancelledReason ?? '', class: 'wide' },
      ],
    })];
  }, { id: 'ataganden', missing: 'Åtagandena (utvärderingar) är inte installerade.' }));

  view.append(section('Förlängningar', async () => {
    const [{ items: rows }, [, , name]] = await Promise.all([bounded(`${path}/renewals`), loaded]);
    return table({
      caption: 'Förlängningar', rows, empty: 'Inga förlängningar registrerade.',
      columns: [
        { label: 'Händelse', cell: (r) => (r.party ? `${name(r.party)} lämnar avtalet`
          : r.kind === 'EXTENDED' ? `Förlängt till period ${r.termNumber}` : 'Upphört') },
        { label: 'Från och med', cell: (r) => shortDate(r.effectiveOn) },
        { label: 'Periodens slut', cell: (r) => shortDate(r.termEnd) },
        { label: 'Registrerat', cell: (r) => timestamp(r.recordedAt) },
      ],
    });
  }, { id: 'forlangningar' }));
  return id;
}

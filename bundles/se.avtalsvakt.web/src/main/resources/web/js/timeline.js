// The agreement's life as one picture: a time axis with its terms as bars, each term's notice deadline, the
// notices received, the evaluations and other obligations, and a line for today.
import { s } from './dom.js';
import { daysBetween, longDate, parseDate, shortDate, word } from './format.js';

const WIDTH = 1000;
const LEFT = 140;
const RIGHT = 20;
const ROWS = { terms: 44, notices: 112, leaving: 152, obligations: 192 };
const AXIS = 228;
const HEIGHT = 262;

/**
 * @param data {agreement, today, terms: [TermInfo], notices: [NoticeEffect], obligations: [Occurrence],
 *             leaving: [{lastDay, names}] the parties leaving by last day, ends: the agreement's end for all or null,
 *             partyName: id → name, endsForAll: notice → whether it ends the agreement for every party}
 * @returns an <svg> element
 */
export function timeline({
  agreement, today, terms, notices, obligations, leaving = [], ends = null, partyName = (id) => id,
  endsForAll = () => true,
}) {
  const dates = [today, agreement.start, ...terms.flatMap((t) => [t.termStart, t.termEnd]),
    ...notices.flatMap((n) => [n.notice.receivedOn, n.endsOn]), ...obligations.map((o) => o.dueDate),
    ...leaving.map((l) => l.lastDay)]
    .filter(Boolean).sort();
  const first = Date.UTC(parseDate(dates[0]).getUTCFullYear(), 0, 1);
  // room after the last mark: the axis ends on the first New Year at least two months after it
  const last = Date.UTC(new Date(parseDate(dates[dates.length - 1]).getTime() + 60 * 86_400_000).getUTCFullYear() + 1, 0, 1);
  const x = (iso) => LEFT + ((parseDate(iso) - first) / (last - first)) * (WIDTH - LEFT - RIGHT);

  const current = terms.find((t) => t.termStart <= today && (t.termEnd === null || today <= t.termEnd));
  // no call to give notice once a notice ends the agreement for every party
  const nextDeadline = terms.map((t) => t.practicalNoticeDeadline)
    .filter((d) => d && d >= today && (!ends || d < ends)).sort()[0];
  const titleId = `tidslinje-titel-${agreement.id}`;
  const descId = `tidslinje-beskrivning-${agreement.id}`;
  const summary = [
    `Avtalet började ${longDate(agreement.start)}.`,
    current ? `Nu löper period ${current.termNumber}, ${longDate(current.termStart)} till ${longDate(current.termEnd)}.`
      : 'Ingen avtalsperiod löper i dag.',
    nextDeadline ? `Nästa sista dag för uppsägning är ${longDate(nextDeadline)}.` : '',
    notices.length ? `${notices.length} uppsägning(ar) mottagna.` : 'Inga uppsägningar mottagna.',
    ...leaving.map((l) => `${l.names.join(', ')} ${l.lastDay < today ? 'lämnade' : 'lämnar'} avtalet efter ${longDate(l.lastDay)}.`),
    obligations.length ? `${obligations.length} utvärderingar och andra åtaganden.` : '',
  ].filter(Boolean).join(' ');

  const svg = s('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'timeline', role: 'img', 'aria-labelledby': `${titleId} ${descId}`,
    'data-agreement': agreement.id, preserveAspectRatio: 'xMinYMin meet',
  },
  s('title', { id: titleId }, `Tidslinje för ${agreement.title}`),
  s('desc', { id: descId }, summary));

  // row labels and guides
  for (const [row, label] of [['terms', 'Avtalsperioder'], ['notices', 'Uppsägningar'], ['leaving', 'Parter som lämnar'],
    ['obligations', 'Åtaganden']]) {
    svg.append(s('text', { x: 8, y: ROWS[row] + 5, class: 'row-label' }, label),
      s('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: ROWS[row], y2: ROWS[row], class: 'guide' }));
  }

  // the axis with a tick per year (every second year when the span is long)
  svg.append(s('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: AXIS, y2: AXIS, class: 'axis' }));
  const firstYear = new Date(first).getUTCFullYear();
  const lastYear = new Date(last).getUTCFullYear();
  const step = lastYear - firstYear > 14 ? 2 : 1;
  for (let year = firstYear; year <= lastYear; year += 1) {
    const tx = x(`${year}-01-01`);
    svg.append(s('line', { x1: tx, x2: tx, y1: AXIS, y2: AXIS + 6, class: 'tick' }));
    if ((year - firstYear) % step === 0 && year < lastYear) {
      svg.append(s('text', { x: tx + 3, y: AXIS + 22, class: 'year' }, String(year)));
    }
  }

  // the terms as bars: past, current, future
  for (const t of terms) {
    const end = t.termEnd ?? dates[dates.length - 1];
    const x1 = x(t.termStart);
    const x2 = x(end) + 1;
    const when = t.termEnd < today ? 'past' : t === current ? 'current' : 'future';
    const bar = s('g', { class: `term ${when}`, 'data-term': t.termNumber },
      s('title', {}, `Period ${t.termNumber}: ${longDate(t.termStart)} – ${t.termEnd ? longDate(t.termEnd) : 'tills vidare'}`
        + (t.practicalNoticeDeadline ? `. Sista dag för uppsägning: ${longDate(t.practicalNoticeDeadline)}` : '')),
      s('rect', { x: x1, y: ROWS.terms - 16, width: Math.max(2, x2 - x1 - 2), height: 32, rx: 3 }));
    if (x2 - x1 > 70) {
      bar.append(s('text', { x: x1 + 6, y: ROWS.terms + 5, class: 'bar-label' }, `Period ${t.termNumber}`));
    }
    svg.append(bar);
  }

  // each term's notice deadline: a diamond under the bar
  for (const t of terms.filter((t) => t.practicalNoticeDeadline)) {
    const dx = x(t.practicalNoticeDeadline);
    const y = ROWS.terms + 26;
    svg.append(s('g', {
      class: `notice-deadline ${t.practicalNoticeDeadline < today ? 'past' : 'future'}`,
      'data-date': t.practicalNoticeDeadline,
    },
    s('title', {}, `Sista dag för uppsägning inför slutet av period ${t.termNumber}: ${longDate(t.practicalNoticeDeadline)}`),
    s('line', { x1: dx, x2: dx, y1: ROWS.terms - 18, y2: y - 6, class: 'deadline-line' }),
    s('path', { d: `M ${dx} ${y - 7} L ${dx + 7} ${y} L ${dx} ${y + 7} L ${dx - 7} ${y} Z` })));
  }
  if (nextDeadline) {
    const dx = x(nextDeadline);
    svg.append(s('text', {
      x: Math.min(dx - 20, WIDTH - RIGHT - 175), y: ROWS.terms + 50, class: 'callout',
    }, `Säg upp senast ${shortDate(nextDeadline)}`));
  }

  // notices received, and the end they cause
  for (const n of notices) {
    const nx = x(n.notice.receivedOn);
    const forAll = endsForAll(n);
    svg.append(s('g', { class: `notice ${n.effective ? 'effective' : 'not-effective'}${forAll ? '' : ' own'}` },
      s('title', {}, `Uppsägning från ${partyName(n.notice.party)} mottagen ${longDate(n.notice.receivedOn)}`
        + (!n.effective ? '; utan verkan' : forAll ? `; avtalet upphör ${longDate(n.endsOn)}`
          : `; ${partyName(n.notice.party)} lämnar avtalet efter ${longDate(n.endsOn)}`)),
      s('circle', { cx: nx, cy: ROWS.notices, r: 7 })));
    if (n.endsOn && n.effective && forAll) {
      const ex = x(n.endsOn);
      svg.append(s('g', { class: 'agreement-end' },
        s('title', {}, `Avtalet upphör ${longDate(n.endsOn)}`),
        s('line', { x1: ex, x2: ex, y1: ROWS.terms - 22, y2: ROWS.notices + 10 }),
        s('path', { d: `M ${ex - 6} ${ROWS.notices - 6} L ${ex + 6} ${ROWS.notices + 6} M ${ex + 6} ${ROWS.notices - 6} L ${ex - 6} ${ROWS.notices + 6}` })));
    }
  }

  // the parties leaving: one mark per last day, with who leaves
  for (const l of leaving) {
    const lx = x(l.lastDay);
    const who = l.names.length > 3 ? `${l.names.length} parter` : l.names.join(', ');
    svg.append(s('g', { class: `party-leaves ${l.lastDay < today ? 'past' : 'future'}`, 'data-date': l.lastDay },
      s('title', {}, `${l.names.join(', ')} ${l.lastDay < today ? 'lämnade' : 'lämnar'} avtalet efter ${longDate(l.lastDay)}`),
      s('path', { d: `M ${lx - 7} ${ROWS.leaving - 7} L ${lx + 7} ${ROWS.leaving - 7} L ${lx} ${ROWS.leaving + 7} Z` }),
      s('text', { x: Math.min(lx + 10, WIDTH - RIGHT - 160), y: ROWS.leaving + 5, class: 'leaving-label' },
        `${who} ${shortDate(l.lastDay)}`)));
  }

  // evaluations and other obligations, by state
  for (const o of obligations) {
    const ox = x(o.dueDate);
    svg.append(s('g', { class: `obligation ${o.kind === 'EVALUATION' ? 'evaluation' : ''} ${o.state.toLowerCase()}` },
      s('title', {}, `${o.title}: ${word(o.kind).toLowerCase()} senast ${longDate(o.dueDate)} – ${word(o.state).toLowerCase()}`),
      s('rect', { x: ox - 6, y: ROWS.obligations - 6, width: 12, height: 12, rx: 2 })));
  }

  // today
  const tx = x(today);
  svg.append(s('g', { class: 'today' },
    s('title', {}, `I dag: ${longDate(today)}`),
    s('line', { x1: tx, x2: tx, y1: 6, y2: AXIS + 2 }),
    s('text', { x: Math.min(tx + 4, WIDTH - 135), y: 14, class: 'today-label' }, `I dag ${shortDate(today)}`)));
  return svg;
}

/** How many days from today to a date, for the headline. */
export function daysLeft(today, iso) {
  return daysBetween(today, iso);
}

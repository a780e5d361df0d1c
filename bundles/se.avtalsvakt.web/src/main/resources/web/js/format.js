// Swedish words and dates for what the API answers in codes and ISO dates.

const LONG = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY = new Intl.DateTimeFormat('sv-SE', {
  weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
});
const WEEKDAY_LONG = new Intl.DateTimeFormat('sv-SE', {
  weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
});
const SHORT = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const STAMP = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
const MONEY = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' });
const DAY = 86_400_000;

/** 'YYYY-MM-DD' → a UTC Date. */
export function parseDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso, days) {
  return isoDate(new Date(parseDate(iso).getTime() + days * DAY));
}

export function addMonths(iso, months) {
  const d = parseDate(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return isoDate(target);
}

export function daysBetween(fromIso, toIso) {
  return Math.round((parseDate(toIso) - parseDate(fromIso)) / DAY);
}

/** 29 september 2028 */
export function longDate(iso) {
  return iso ? LONG.format(parseDate(iso)) : '–';
}

/** fre 29 sep. 2028 */
export function weekdayDate(iso) {
  return iso ? WEEKDAY.format(parseDate(iso)) : '–';
}

/** fredag 29 september 2028 */
export function weekdayLongDate(iso) {
  return iso ? WEEKDAY_LONG.format(parseDate(iso)) : '–';
}

/**
 * A deadline's two days, when they differ: "senast fredag 29 september 2028 — sista dag enligt avtalet lördag
 * 30 september 2028"; else "senast fredag 29 september 2028".
 * @param date the contractual last day (a Deadline's date)
 * @param practicalDate the last working day on or before it, or null
 */
export function bothDates(date, practicalDate) {
  const practical = practicalDate ?? date;
  const text = `senast ${weekdayLongDate(practical)}`;
  return date && date !== practical ? `${text} — sista dag enligt avtalet ${weekdayLongDate(date)}` : text;
}

/** "50 av 51 parter kvar från 1 oktober 2029" from an agreement's parties and its leaving [{organisation, lastDay}]. */
export function partiesLeft(parties, leaving, todayIso) {
  const total = new Set((parties ?? []).map((p) => p.organisation)).size;
  const gone = (leaving ?? []).filter((l) => l.lastDay);
  if (!total || !gone.length) return null;
  const next = gone.map((l) => l.lastDay).filter((d) => d >= todayIso).sort()[0];
  if (!next) {
    return `${total - gone.length} av ${total} parter kvar`;
  }
  const left = total - gone.filter((l) => l.lastDay <= next).length;
  return `${left} av ${total} parter kvar från ${longDate(addDays(next, 1))}`;
}

/** 29 sep. 2028 */
export function shortDate(iso) {
  return iso ? SHORT.format(parseDate(iso)) : '–';
}

/** An instant in the computer's time zone: 22 nov. 2026 09:00 */
export function timestamp(instant) {
  return instant ? STAMP.format(new Date(instant)) : '–';
}

/** öre → 1 234,50 kr */
export function money(ore) {
  return ore === null || ore === undefined ? '–' : MONEY.format(ore / 100);
}

/** "om 3 dagar", "i dag", "för 2 dagar sedan" */
export function relative(todayIso, iso) {
  const n = daysBetween(todayIso, iso);
  if (n === 0) return 'i dag';
  if (n === 1) return 'i morgon';
  if (n === -1) return 'i går';
  return n > 0 ? `om ${n} dagar` : `för ${-n} dagar sedan`;
}

/** P3Y → 3 år, P12M → 12 månader */
export function period(iso) {
  if (!iso) return '';
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!m) return iso;
  const parts = [];
  if (m[1]) parts.push(`${m[1]} år`);
  if (m[2]) parts.push(`${m[2]} ${m[2] === '1' ? 'månad' : 'månader'}`);
  if (m[3]) parts.push(`${m[3]} ${m[3] === '1' ? 'vecka' : 'veckor'}`);
  if (m[4]) parts.push(`${m[4]} ${m[4] === '1' ? 'dag' : 'dagar'}`);
  return parts.join(' och ');
}

const WORDS = {
  // deadline and alert kinds
  NOTICE_DEADLINE: 'Sista dag för uppsägning',
  TERM_END: 'Avtalsperioden slutar',
  DELIVERY_CHECK: 'Leveranskontroll',
  AGREEMENT_RENEWED: 'Avtalet förlängt',
  AGREEMENT_ENDED: 'Avtalet upphört',
  NOTICE_RECEIVED: 'Uppsägning mottagen',
  IMPORT_FAILED: 'Import misslyckades',
  OBLIGATION_DUE: 'Åtagande ska vara gjort',
  RENEGOTIATION_REQUESTED: 'Omförhandling begärd',
  SEAT_VACANT: 'Vakant plats',
  MEETING_INVITATION: 'Kallelse till möte',
  NO_DECISIONS: 'Inga beslut',
  SUPPORT_ALTERNATION: 'Växling av stödfunktion',
  EVALUATION: 'Utvärdering',
  FOLLOW_UP: 'Uppföljning',
  DECISION: 'Beslut',
  REPORT: 'Rapport',
  MEETINGS: 'Möten',
  MEETING: 'Möte',
  OBLIGATION: 'Åtagande',
  // agreement status and kind
  NOT_STARTED: 'Ej påbörjat',
  ACTIVE: 'Gällande',
  NOTICE_GIVEN: 'Uppsagt',
  ENDED: 'Upphört',
  REFERENCED: 'Referensavtal',
  COOPERATION_AGREEMENT: 'Samarbetsavtal',
  MUTUAL_AGREEMENT: 'Överenskommelse',
  FRAMEWORK_AGREEMENT: 'Ramavtal',
  SUPPLY_CONTRACT: 'Leveransavtal',
  // renewal
  AUTO_EXTEND: 'Förlängs automatiskt',
  FIXED: 'Tidsbestämt',
  OPEN_ENDED: 'Tillsvidare',
  // alerts
  INFO: 'Information',
  WARNING: 'Varning',
  CRITICAL: 'Kritisk',
  OPEN: 'Öppet',
  ACKNOWLEDGED: 'Kvitterat',
  RESOLVED: 'Avslutat',
  // obligations
  UPCOMING: 'Kommande',
  DUE: 'Aktuell',
  OVERDUE: 'Försenad',
  FULFILLED: 'Uppfylld',
  CANCELLED: 'Inställd',
  // supplier
  RUNNING: 'Pågår',
  COMPLETED: 'Klar',
  FAILED: 'Misslyckades',
  ORDERS: 'Beställningar',
  DELIVERIES: 'Leveranser',
  INVOICE_LINES: 'Fakturarader',
  LOST_AIDS: 'Förlorade hjälpmedel',
  INVOICED_NOT_DELIVERED: 'Fakturerat men inte levererat',
  DELIVERED_NOT_INVOICED: 'Levererat men inte fakturerat',
  AMOUNT_DIFFERS: 'Fel belopp',
  DUPLICATE_LINE: 'Dubblerad rad',
  // bodies
  POLITICAL: 'Politisk nivå',
  MANAGEMENT: 'Ledningsnivå',
  PREPARATORY: 'Beredande',
  FORUM: 'Forum',
  SUPPORT: 'Stöd',
  // party roles
  CARE_PROVIDER: 'vårdgivare',
  EXECUTOR: 'utförare',
  SUPPLIER: 'leverantör',
  PRINCIPAL: 'huvudman',
  PARTY: 'part',
  // new deadline and event kinds
  PARTY_LEAVES: 'En part lämnar avtalet',
  PARTY_LEAVES_OWN: 'Ert deltagande i avtalet upphör',
  PARTY_ENDED: 'En part har lämnat avtalet',
  NOTICE_WITHDRAWN: 'Uppsägning återkallad',
  DELIVERIES_UNCHECKED: 'Leveranser inte kontrollerade',
  DELIVERY_MISMATCH: 'Leverans stämmer inte med beställningen',
  INVOICE_DISCREPANCY: 'Avvikelse i faktura',
  // governance compliance mid-year
  ON_TRACK: 'på väg',
  AT_RISK: 'risk',
  MET: 'uppfyllt',
  MISSED: 'ej uppfyllt',
};

/** A party's participation in Swedish. */
const PARTICIPATION = { ACTIVE: 'deltar', NOTICE_GIVEN: 'uppsagt', ENDED: 'har lämnat', NOT_STARTED: 'ej påbörjat' };

export function participation(status) {
  return PARTICIPATION[status] ?? word(status);
}

/** The Swedish word for an API code; the code itself, readably, when there is none. */
export function word(code) {
  if (code === null || code === undefined) return '–';
  return WORDS[code] ?? String(code).toLowerCase().replaceAll('_', ' ');
}

/** "540 dagar före", "på dagen", "passerad", "försenad" for an alert's ladder step. */
export function threshold(step) {
  if (step === 'passed') return 'passerad';
  if (step === 'overdue') return 'försenad';
  if (step === '0') return 'på dagen';
  return /^\d+$/.test(step ?? '') ? `${step} dagar före` : (step ?? '');
}

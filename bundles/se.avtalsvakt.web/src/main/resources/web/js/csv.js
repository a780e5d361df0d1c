// CSV as the dashboard's "download as CSV" buttons write it. No imports, so that it can be tested on its own.

/**
 * The platform's guard against spreadsheet formulas (se.avtalsvakt.api.csv.SpreadsheetText on the server): text
 * that Excel would run as a formula — it starts with = + - @, a tab or a carriage return — gets a leading
 * apostrophe. Numbers are left as they are: -12.5 stays a number.
 */
export function inert(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Text for a CSV cell: kept inert, quoted when needed, quotes doubled. */
export function csvCell(value) {
  const text = inert(value);
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV as Swedish Excel opens it: UTF-8 with BOM, semicolons, CRLF. */
export function toCsv(header, rows) {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

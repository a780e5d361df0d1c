package se.avtalsvakt.api.csv;

/**
 * The guard against spreadsheet formula injection, for every CSV file the platform writes (reports, the supplier
 * error file; the dashboard's export applies the same rule in {@code web/js/csv.js}): text that Excel or
 * LibreOffice would run as a formula — it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return — gets a leading apostrophe, so that what suppliers and users typed stays text. Write the file
 * with commons-csv and pass every text cell through {@link #inert(String)}; numbers the platform itself formats
 * (amounts, counts) are left as they are.
 */
public final class SpreadsheetText {

    /** The characters a spreadsheet reads as the start of a formula. */
    public static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** @return true if a spreadsheet would take the text for a formula */
    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** @return the text, with a leading apostrophe if a spreadsheet would take it for a formula; null stays null */
    public static String inert(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}

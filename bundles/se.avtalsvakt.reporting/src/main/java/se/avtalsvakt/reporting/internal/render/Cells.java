package se.avtalsvakt.reporting.internal.render;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How the human formats (CSV, PDF) write a cell: Swedish decimal comma, ISO dates, ja/nej. */
public final class Cells {

    private Cells() {
    }

    /** @return the cell as text for people; empty for null */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString().replace('.', ',');
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString().replace('.', ',');
        }
        if (value instanceof Boolean b) {
            return b ? "ja" : "nej";
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }

    /** @return whether the cell is a number (right-aligned in a table) */
    public static boolean numeric(Object value) {
        return value instanceof Number;
    }
}

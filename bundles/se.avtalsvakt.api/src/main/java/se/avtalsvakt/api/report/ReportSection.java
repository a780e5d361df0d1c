package se.avtalsvakt.api.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One part of a report: a table with a heading, and an optional note (e.g. {@code inga leverantörsdata}).
 * Cell values are {@link String}, {@link Number} (money and shares as {@link java.math.BigDecimal}),
 * {@link java.time.LocalDate}, {@link Boolean} or null; each renderer formats them for its format.
 *
 * @param title   the heading, in Swedish
 * @param columns the columns
 * @param rows    the rows, each with one value per column
 * @param note    a sentence shown under the heading, or null
 */
public record ReportSection(String title, List<Column> columns, List<List<Object>> rows, String note) {

    public ReportSection {
        columns = columns == null ? List.of() : List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        if (rows != null) {
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("section '" + title + "': a row has " + row.size()
                            + " values for " + columns.size() + " columns");
                }
                copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
            }
        }
        rows = List.copyOf(copy);
    }

    /** @return a section with only a note, e.g. when its data is not installed */
    public static ReportSection noteOnly(String title, String note) {
        return new ReportSection(title, List.of(), List.of(), note);
    }

    /** Builds a section row by row. */
    public static final class Builder {
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private String note;

        public Builder(String title) {
            this.title = title;
        }

        public Builder column(String key, String heading) {
            columns.add(new Column(key, heading));
            return this;
        }

        public Builder row(Object... values) {
            rows.add(new ArrayList<>(Arrays.asList(values)));
            return this;
        }

        public Builder note(String text) {
            this.note = text;
            return this;
        }

        public int rowCount() {
            return rows.size();
        }

        public ReportSection build() {
            return new ReportSection(title, columns, rows, note);
        }
    }
}

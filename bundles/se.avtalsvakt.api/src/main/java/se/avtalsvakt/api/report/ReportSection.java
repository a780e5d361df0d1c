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
        if (rows instanceof Rows<?> view) {
            view.columns(columns.size(), title);
        } else {
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
    }

    /**
     * A section whose rows are made from {@code items} as a renderer reads them, one at a time, instead of being
     * copied in advance: for long lists (e.g. a window of deadlines), so that rendering needs no second copy.
     *
     * @param items the items, one row each, in order; not copied, so not to be changed afterwards
     * @param row   an item's row, one value per column
     */
    public static <T> ReportSection of(String title, List<Column> columns, List<T> items,
            java.util.function.Function<? super T, List<Object>> row, String note) {
        return new ReportSection(title, columns, new Rows<>(items, row), note);
    }

    /** Rows made from items when read, each checked against the columns. */
    private static final class Rows<T> extends java.util.AbstractList<List<Object>> implements java.util.RandomAccess {
        private final List<T> items;
        private final java.util.function.Function<? super T, List<Object>> row;
        private int width = -1;
        private String title;

        Rows(List<T> items, java.util.function.Function<? super T, List<Object>> row) {
            this.items = java.util.Objects.requireNonNull(items, "items");
            this.row = row;
        }

        void columns(int count, String sectionTitle) {
            width = count;
            title = sectionTitle;
        }

        @Override
        public List<Object> get(int index) {
            List<Object> r = row.apply(items.get(index));
            if (width >= 0 && r.size() != width) {
                throw new IllegalArgumentException("section '" + title + "': a row has " + r.size()
                        + " values for " + width + " columns");
            }
            return java.util.Collections.unmodifiableList(r);
        }

        @Override
        public int size() {
            return items.size();
        }
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

        /** @return the columns so far */
        public List<Column> columns() {
            return List.copyOf(columns);
        }

        public ReportSection build() {
            return new ReportSection(title, columns, rows, note);
        }
    }
}

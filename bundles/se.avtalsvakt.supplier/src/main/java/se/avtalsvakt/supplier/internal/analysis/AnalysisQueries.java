package se.avtalsvakt.supplier.internal.analysis;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The read-only SQL behind {@link SupplierAnalysisService}: every figure is computed by the database (aggregates,
 * {@code exists} on indexed columns), so a million deliveries are never loaded. Portable SQL (Derby, PostgreSQL),
 * plain JDBC on the platform datasource; the tables are the supplier changelog's.
 */
public final class AnalysisQueries {

    /** At most this many rows of one kind of discrepancy are listed. */
    public static final int MAX_ROWS = 10_000;

    static final String DELIVERIES = "DELIVERIES";
    static final String LINES = "INVOICE_LINES";
    static final String LOST_AIDS = "LOST_AIDS";

    /** Deliveries of one care provider on one day, checked on one day (null: unchecked). */
    public record DeliveryGroup(String careProvider, LocalDate deliveredOn, LocalDate checkedOn, int count) {
    }

    /** One lost-aid row. */
    public record LostAidRow(String careProvider, String article, int reports, LocalDate first, LocalDate last) {
    }

    /** One invoiced-cost row. */
    public record CostRow(String careProvider, String mainArea, long amountOre) {
    }

    /** An invoice line. */
    public record Line(String supplier, String invoiceId, int line, String careProvider, String orderId,
            long amountOre, LocalDate invoiceDate) {
    }

    /** A line that bills an order a line before it already billed. */
    public record Repeat(Line line, Line first) {
    }

    /** A delivered order no invoice line bills, though the supplier has invoiced the care provider since. */
    public record Unbilled(String supplier, String careProvider, String orderId, LocalDate deliveredOn,
            LocalDate latestInvoice) {
    }

    /** An invoice to a care provider and when its lines were last imported. */
    public record InvoiceTouch(String supplier, String invoiceId, String careProvider, Instant lastImported) {
    }

    /** Unchecked deliveries of one care provider from one supplier, delivered on one day. */
    public record UncheckedGroup(String careProvider, String supplier, LocalDate deliveredOn, int count) {
    }

    /** A delivery checked as not matching its order. */
    public record Mismatch(String supplier, String deliveryId, String orderId, String careProvider, String article,
            Integer quantity, LocalDate deliveredOn, LocalDate checkedOn, String note, Instant recordedAt) {
    }

    private final DataSource dataSource;

    public AnalysisQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<DeliveryGroup> deliveryGroups(String careProvider, LocalDate from, LocalDate to) {
        String sql = "select r.care_provider_id, r.record_date, c.checked_on, count(*)"
                + " from av_supplier_record r left join av_delivery_check c on c.record_pk = r.id"
                + " where r.record_type = ? and r.record_date >= ? and r.record_date <= ?"
                + (careProvider == null ? "" : " and r.care_provider_id = ?")
                + " group by r.care_provider_id, r.record_date, c.checked_on";
        List<Object> params = new ArrayList<>(List.of(DELIVERIES, Date.valueOf(from), Date.valueOf(to)));
        if (careProvider != null) {
            params.add(careProvider);
        }
        return query(sql, params, 0, rs -> new DeliveryGroup(rs.getString(1), rs.getDate(2).toLocalDate(),
                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getInt(4)));
    }

    public List<LostAidRow> lostAids(String careProvider) {
        return lostAids(careProvider, null, null, 0);
    }

    /**
     * @param afterCareProvider with {@code afterArticle}: only the rows after this care provider and article (the
     *                          keyset of a page), or null for the first page
     * @param limit             at most this many rows, or 0 for all
     * @return the lost-aid register by care provider then article
     */
    public List<LostAidRow> lostAids(String careProvider, String afterCareProvider, String afterArticle, int limit) {
        String sql = "select care_provider_id, article, count(*), min(record_date), max(record_date)"
                + " from av_supplier_record where record_type = ?"
                + (careProvider == null ? "" : " and care_provider_id = ?")
                + (afterCareProvider == null ? "" : " and care_provider_id >= ? and (care_provider_id > ?"
                        + " or article > ?)")
                + " group by care_provider_id, article order by care_provider_id, article";
        List<Object> params = new ArrayList<>(List.of(LOST_AIDS));
        if (careProvider != null) {
            params.add(careProvider);
        }
        if (afterCareProvider != null) {
            params.addAll(List.of(afterCareProvider, afterCareProvider, afterArticle));
        }
        return query(sql, params, limit, rs -> new LostAidRow(rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()));
    }

    public List<CostRow> invoicedCosts(int year) {
        String sql = "select care_provider_id, main_area, sum(amount_ore) from av_supplier_record"
                + " where record_type = ? and record_date >= ? and record_date < ?"
                + " group by main_area, care_provider_id order by main_area, care_provider_id";
        return query(sql, List.of(LINES, Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year + 1, 1, 1))), 0,
                rs -> new CostRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    /** {@code x} is billed before {@code y}: earlier invoice date, then invoice id, then line number. */
    private static String before(String x, String y) {
        return "(" + x + ".record_date < " + y + ".record_date or (" + x + ".record_date = " + y + ".record_date and ("
                + x + ".invoice_id < " + y + ".invoice_id or (" + x + ".invoice_id = " + y + ".invoice_id and "
                + x + ".line_no < " + y + ".line_no))))";
    }

    private static final String LINE_COLUMNS = "l.supplier_id, l.invoice_id, l.line_no, l.care_provider_id,"
            + " l.order_id, l.amount_ore, l.record_date";

    /**
     * The filter on invoice lines {@code l}: care provider, invoice, and (for alerts) only invoices with a line
     * imported at or after {@code since}.
     */
    private static String lineFilter(String careProvider, String invoiceId, Instant since, List<Object> params) {
        return lineFilter(new LineScope(careProvider, invoiceId, since, null, null), params);
    }

    /**
     * Which invoice lines to reconcile.
     *
     * @param careProvider only this care provider's lines, or null
     * @param invoiceId    only this invoice's, or null
     * @param since        only invoices with a line imported at or after this, or null
     * @param from         only lines with an invoice date on or after this, or null
     * @param until        only lines with an invoice date before this, or null
     */
    public record LineScope(String careProvider, String invoiceId, Instant since, LocalDate from, LocalDate until) {
    }

    private static String lineFilter(LineScope scope, List<Object> params) {
        String careProvider = scope.careProvider();
        String invoiceId = scope.invoiceId();
        Instant since = scope.since();
        StringBuilder sql = new StringBuilder();
        if (scope.from() != null) {
            sql.append(" and l.record_date >= ?");
            params.add(Date.valueOf(scope.from()));
        }
        if (scope.until() != null) {
            sql.append(" and l.record_date < ?");
            params.add(Date.valueOf(scope.until()));
        }
        if (careProvider != null) {
            sql.append(" and l.care_provider_id = ?");
            params.add(careProvider);
        }
        if (invoiceId != null) {
            sql.append(" and l.invoice_id = ?");
            params.add(invoiceId);
        }
        if (since != null) {
            sql.append(" and exists (select 1 from av_supplier_record u where u.record_type = ?"
                    + " and u.supplier_id = l.supplier_id and u.invoice_id = l.invoice_id and u.updated_at >= ?)");
            params.add(LINES);
            params.add(Timestamp.from(since));
        }
        return sql.toString();
    }

    private static Line line(ResultSet rs, int at) throws SQLException {
        return new Line(rs.getString(at), rs.getString(at + 1), rs.getInt(at + 2), rs.getString(at + 3),
                rs.getString(at + 4), rs.getLong(at + 5), rs.getDate(at + 6).toLocalDate());
    }

    /** Lines (amount above zero) for an order the supplier reported no delivery of. */
    public List<Line> invoicedNotDelivered(String careProvider, String invoiceId, Instant since) {
        return invoicedNotDelivered(new LineScope(careProvider, invoiceId, since, null, null));
    }

    /** Lines (amount above zero) in the scope for an order the supplier reported no delivery of. */
    public List<Line> invoicedNotDelivered(LineScope scope) {
        List<Object> params = new ArrayList<>(List.of(LINES));
        String sql = "select " + LINE_COLUMNS + " from av_supplier_record l where l.record_type = ?"
                + " and l.amount_ore > 0" + lineFilter(scope, params)
                + " and not exists (select 1 from av_supplier_record d where d.record_type = ?"
                + " and d.supplier_id = l.supplier_id and d.order_id = l.order_id)";
        params.add(DELIVERIES);
        return query(sql, params, MAX_ROWS, rs -> line(rs, 1));
    }

    /**
     * Lines (amount above zero) for an order an earlier line (amount above zero, same supplier, any invoice) already
     * billed, each with that order's first line.
     */
    public List<Repeat> repeatedLines(String careProvider, String invoiceId, Instant since) {
        return repeatedLines(new LineScope(careProvider, invoiceId, since, null, null));
    }

    /** As {@link #repeatedLines(String, String, Instant)} for the lines in the scope. */
    public List<Repeat> repeatedLines(LineScope scope) {
        List<Object> params = new ArrayList<>(List.of(LINES, LINES));
        String sql = "select " + LINE_COLUMNS + ", f.supplier_id, f.invoice_id, f.line_no, f.care_provider_id,"
                + " f.order_id, f.amount_ore, f.record_date"
                + " from av_supplier_record l join av_supplier_record f on f.record_type = ?"
                + " and f.supplier_id = l.supplier_id and f.order_id = l.order_id and f.amount_ore > 0"
                + " where l.record_type = ? and l.amount_ore > 0" + lineFilter(scope, params)
                + " and " + before("f", "l")
                + " and not exists (select 1 from av_supplier_record e where e.record_type = ?"
                + " and e.supplier_id = f.supplier_id and e.order_id = f.order_id and e.amount_ore > 0 and "
                + before("e", "f") + ")";
        params.add(LINES);
        return query(sql, params, MAX_ROWS, rs -> new Repeat(line(rs, 1), line(rs, 8)));
    }

    /**
     * Delivered orders no invoice line bills although the supplier has since invoiced the care provider: delivered
     * before the latest invoice date of that supplier to that care provider.
     */
    public List<Unbilled> deliveredNotInvoiced(String careProvider) {
        List<Object> params = new ArrayList<>(List.of(LINES));
        String latest = "select supplier_id, care_provider_id, max(record_date) from av_supplier_record"
                + " where record_type = ?" + (careProvider == null ? "" : " and care_provider_id = ?")
                + " group by supplier_id, care_provider_id order by care_provider_id, supplier_id";
        if (careProvider != null) {
            params.add(careProvider);
        }
        record Latest(String supplier, String careProvider, LocalDate date) {
        }
        List<Latest> invoiced = query(latest, params, 0,
                rs -> new Latest(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()));
        List<Unbilled> result = new ArrayList<>();
        String sql = "select d.order_id, min(d.record_date) from av_supplier_record d where d.record_type = ?"
                + " and d.supplier_id = ? and d.care_provider_id = ? and d.record_date < ?"
                + " and not exists (select 1 from av_supplier_record l where l.record_type = ?"
                + " and l.supplier_id = d.supplier_id and l.order_id = d.order_id)"
                + " group by d.order_id order by d.order_id";
        for (Latest l : invoiced) {
            if (result.size() >= MAX_ROWS) {
                break;
            }
            result.addAll(query(sql, List.of(DELIVERIES, l.supplier(), l.careProvider(), Date.valueOf(l.date()),
                    LINES), MAX_ROWS - result.size(), rs -> new Unbilled(l.supplier(), l.careProvider(),
                            rs.getString(1), rs.getDate(2).toLocalDate(), l.date())));
        }
        return result;
    }

    /** Invoices with a line imported at or after {@code since}, with when their lines were last imported. */
    public List<InvoiceTouch> invoicesTouchedSince(Instant since) {
        String sql = "select l.supplier_id, l.invoice_id, l.care_provider_id, max(l.updated_at)"
                + " from av_supplier_record l where l.record_type = ? and exists (select 1 from av_supplier_record u"
                + " where u.record_type = ? and u.supplier_id = l.supplier_id and u.invoice_id = l.invoice_id"
                + " and u.updated_at >= ?) group by l.supplier_id, l.invoice_id, l.care_provider_id";
        return query(sql, List.of(LINES, LINES, Timestamp.from(since)), 0, rs -> new InvoiceTouch(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
    }

    /**
     * @return the invoices billing a care provider with an invoice date in {@code [from, until)}, with when their
     *         lines were last imported
     */
    public List<InvoiceTouch> invoicesOf(String careProvider, LocalDate from, LocalDate until) {
        String sql = "select l.supplier_id, l.invoice_id, l.care_provider_id, max(l.updated_at)"
                + " from av_supplier_record l where l.record_type = ? and l.care_provider_id = ?"
                + " and l.record_date >= ? and l.record_date < ?"
                + " group by l.supplier_id, l.invoice_id, l.care_provider_id";
        return query(sql, List.of(LINES, careProvider, Date.valueOf(from), Date.valueOf(until)), 0,
                rs -> new InvoiceTouch(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()));
    }

    /**
     * Unchecked deliveries counted per care provider, supplier and delivery day: one row per group, never one per
     * delivery. The index on (type, check_done, date) keeps it a range over the unchecked deliveries only, however
     * many are checked; the checks table has the last word (a primary-key probe per unchecked delivery).
     *
     * @param from delivered on or after, or null for however old
     * @param to   delivered on or before
     */
    public List<UncheckedGroup> uncheckedGroups(LocalDate from, LocalDate to) {
        String sql = "select r.care_provider_id, r.supplier_id, r.record_date, count(*) from av_supplier_record r"
                + " where r.record_type = ? and r.check_done = false"
                + (from == null ? "" : " and r.record_date >= ?")
                + " and r.record_date <= ?"
                + " and not exists (select 1 from av_delivery_check c where c.record_pk = r.id)"
                + " group by r.care_provider_id, r.supplier_id, r.record_date";
        List<Object> params = new ArrayList<>();
        params.add(DELIVERIES);
        if (from != null) {
            params.add(Date.valueOf(from));
        }
        params.add(Date.valueOf(to));
        return query(sql, params, 0, rs -> new UncheckedGroup(rs.getString(1), rs.getString(2),
                rs.getDate(3).toLocalDate(), rs.getInt(4)));
    }

    /** @return deliveries checked as not matching their order, checked on a day in the window */
    public List<Mismatch> mismatchesCheckedBetween(LocalDate from, LocalDate to) {
        return mismatches("c.checked_on >= ? and c.checked_on <= ?", List.of(Date.valueOf(from), Date.valueOf(to)));
    }

    /** @return deliveries checked as not matching their order, the check recorded in {@code [from, to)} */
    public List<Mismatch> mismatchesRecordedBetween(Instant from, Instant to) {
        return mismatches("c.recorded_at >= ? and c.recorded_at < ?",
                List.of(Timestamp.from(from), Timestamp.from(to)));
    }

    private List<Mismatch> mismatches(String window, List<Object> params) {
        String sql = "select r.supplier_id, r.record_id, r.order_id, r.care_provider_id, r.article, r.quantity,"
                + " r.record_date, c.checked_on, c.note, c.recorded_at"
                + " from av_delivery_check c join av_supplier_record r on r.id = c.record_pk"
                + " where c.matches_order = false and " + window + " order by c.checked_on, r.supplier_id, r.record_id";
        return query(sql, params, MAX_ROWS, rs -> new Mismatch(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), (Integer) rs.getObject(6), rs.getDate(7).toLocalDate(),
                rs.getDate(8).toLocalDate(), rs.getString(9), rs.getTimestamp(10).toInstant()));
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> params, int maxRows, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            if (maxRows > 0) {
                ps.setMaxRows(maxRows);
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("supplier analysis query failed: " + e.getMessage(), e);
        }
    }
}

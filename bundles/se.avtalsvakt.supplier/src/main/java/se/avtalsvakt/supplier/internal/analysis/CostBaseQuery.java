package se.avtalsvakt.supplier.internal.analysis;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.report.CostBase;
import se.avtalsvakt.api.report.CostBaseSource;
import se.avtalsvakt.api.report.ExcludedCost;
import se.avtalsvakt.api.supplier.DiscrepancyKind;
import se.avtalsvakt.api.supplier.InvoicedCost;
import se.avtalsvakt.supplier.internal.store.SupplierSchema;

/**
 * The cost base of R7 from the stored invoice lines: the invoiced cost per care provider and main area of a year,
 * less the lines invoice reconciliation flags — billed without a reported delivery of the order, or billing an order
 * a second time with the same amount as its first line (the rules of {@link AnalysisQueries}). Three aggregate
 * queries; no line is loaded.
 */
@Component(service = CostBaseSource.class)
public class CostBaseQuery implements CostBaseSource {

    private static final String LINES = AnalysisQueries.LINES;

    private final DataSource dataSource;

    @Activate
    public CostBaseQuery(@Reference(target = "(osgi.jndi.service.name=avtalsvakt)") DataSource dataSource,
            @Reference SupplierSchema schema) {
        this(dataSource);
    }

    /** For tests. */
    public CostBaseQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static final String DELIVERED = "exists (select 1 from av_supplier_record d where d.record_type = ?"
            + " and d.supplier_id = l.supplier_id and d.order_id = l.order_id)";

    /** An earlier line (amount above zero) of the same order that is its first one, with the same amount. */
    private static final String REPEATS_FIRST = "exists (select 1 from av_supplier_record f where f.record_type = ?"
            + " and f.supplier_id = l.supplier_id and f.order_id = l.order_id and f.amount_ore = l.amount_ore"
            + " and " + before("f", "l")
            + " and not exists (select 1 from av_supplier_record e where e.record_type = ?"
            + " and e.supplier_id = f.supplier_id and e.order_id = f.order_id and e.amount_ore > 0 and "
            + before("e", "f") + "))";

    private static String before(String x, String y) {
        return "(" + x + ".record_date < " + y + ".record_date or (" + x + ".record_date = " + y + ".record_date and ("
                + x + ".invoice_id < " + y + ".invoice_id or (" + x + ".invoice_id = " + y + ".invoice_id and "
                + x + ".line_no < " + y + ".line_no))))";
    }

    private static final String YEAR_LINES = " from av_supplier_record l where l.record_type = ?"
            + " and l.record_date >= ? and l.record_date < ?";

    private static final String GROUP = " group by l.main_area, l.care_provider_id"
            + " order by l.main_area, l.care_provider_id";

    @Override
    public CostBase costBase(int year) {
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year + 1, 1, 1));
        String select = "select l.main_area, l.care_provider_id, count(*), sum(l.amount_ore)" + YEAR_LINES;
        List<Row> all = query(select + GROUP, List.of(LINES, from, to));
        List<Row> notDelivered = query(select + " and l.amount_ore > 0 and not " + DELIVERED + GROUP,
                List.of(LINES, from, to, AnalysisQueries.DELIVERIES));
        List<Row> duplicates = query(select + " and l.amount_ore > 0 and " + DELIVERED + " and "
                + REPEATS_FIRST + GROUP, List.of(LINES, from, to, AnalysisQueries.DELIVERIES, LINES, LINES));
        Map<List<String>, Long> left = new LinkedHashMap<>();
        for (Row r : all) {
            left.put(List.of(r.mainArea, r.careProvider), r.amountOre);
        }
        List<ExcludedCost> excluded = new ArrayList<>();
        for (Row r : notDelivered) {
            excluded.add(new ExcludedCost(r.careProvider, r.mainArea, DiscrepancyKind.INVOICED_NOT_DELIVERED,
                    r.lines, r.amountOre));
            left.merge(List.of(r.mainArea, r.careProvider), -r.amountOre, Long::sum);
        }
        for (Row r : duplicates) {
            excluded.add(new ExcludedCost(r.careProvider, r.mainArea, DiscrepancyKind.DUPLICATE_LINE, r.lines,
                    r.amountOre));
            left.merge(List.of(r.mainArea, r.careProvider), -r.amountOre, Long::sum);
        }
        List<InvoicedCost> costs = new ArrayList<>();
        left.forEach((k, ore) -> costs.add(new InvoicedCost(k.get(1), k.get(0), year, ore)));
        return new CostBase(year, costs, excluded);
    }

    private record Row(String mainArea, String careProvider, long lines, long amountOre) {
    }

    private List<Row> query(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Row> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cost base query failed: " + e.getMessage(), e);
        }
    }
}

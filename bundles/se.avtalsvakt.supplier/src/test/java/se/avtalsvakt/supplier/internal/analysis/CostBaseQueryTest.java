package se.avtalsvakt.supplier.internal.analysis;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

import se.avtalsvakt.api.report.CostBase;
import se.avtalsvakt.api.report.ExcludedCost;
import se.avtalsvakt.api.supplier.DiscrepancyKind;
import se.avtalsvakt.api.supplier.InvoicedCost;
import se.avtalsvakt.supplier.internal.SupplierTestDatabase;

/** The cost base of R7 leaves out the lines reconciliation flags, against Derby migrated with the bundle's changelog. */
public class CostBaseQueryTest {

    private EmbeddedDataSource dataSource;
    private CostBaseQuery query;

    @Before
    public void setUp() throws SQLException {
        dataSource = SupplierTestDatabase.withImport("hmc", "ORDERS");
        query = new CostBaseQuery(dataSource);
    }

    private void insert(String type, String recordId, String order, String careProvider, String date,
            String invoice, Integer line, String area, Long ore) {
        String sql = "insert into av_supplier_record (supplier_id, record_type, record_id, order_id,"
                + " care_provider_id, record_date, invoice_id, line_no, main_area, amount_ore,"
                + " fingerprint, version, first_import_id, last_import_id, created_at, updated_at)"
                + " values ('hmc', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 1, 1, 1, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Timestamp now = Timestamp.from(Instant.parse("2026-12-01T08:00:00Z"));
            ps.setString(1, type);
            ps.setString(2, recordId);
            ps.setString(3, order);
            ps.setString(4, careProvider);
            ps.setDate(5, Date.valueOf(date));
            ps.setString(6, invoice);
            ps.setObject(7, line, java.sql.Types.INTEGER);
            ps.setString(8, area);
            ps.setObject(9, ore, java.sql.Types.BIGINT);
            ps.setTimestamp(10, now);
            ps.setTimestamp(11, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void delivery(String order, String careProvider) {
        insert("DELIVERIES", "d-" + order, order, careProvider, "2026-03-01", null, null, null, null);
    }

    private void line(String invoice, int line, String order, String careProvider, String area, long ore,
            String date) {
        insert("INVOICE_LINES", invoice + "/" + line, order, careProvider, date, invoice, line, area, ore);
    }

    @Test
    public void duplicateAndUndeliveredLinesAreLeftOutAndCounted() {
        delivery("O1", "lerum");
        delivery("O2", "lerum");
        delivery("O3", "boras");
        line("F1", 1, "O1", "lerum", "Rörelsehinder", 100_000, "2026-04-01");
        line("F1", 2, "O1", "lerum", "Rörelsehinder", 100_000, "2026-04-01"); // billed twice
        line("F2", 1, "O2", "lerum", "Rörelsehinder", 20_000, "2026-05-01");
        line("F2", 2, "O9", "lerum", "Rörelsehinder", 7_000, "2026-05-01"); // no delivery
        line("F3", 1, "O3", "boras", "Rörelsehinder", 30_000, "2026-05-01");
        line("F3", 2, "O3", "boras", "Rörelsehinder", 35_000, "2026-06-01"); // another amount: stays in
        line("F4", 1, "O3", "boras", "Kommunikation och information", -5_000, "2026-06-01"); // a credit: stays in
        line("F0", 1, "O7", "lerum", "Rörelsehinder", 100_000, "2025-12-31"); // another year

        CostBase base = query.costBase(2026);

        assertEquals(List.of(new InvoicedCost("boras", "Kommunikation och information", 2026, -5_000),
                new InvoicedCost("boras", "Rörelsehinder", 2026, 65_000),
                new InvoicedCost("lerum", "Rörelsehinder", 2026, 120_000)), base.costs());
        assertEquals(List.of(new ExcludedCost("lerum", "Rörelsehinder", DiscrepancyKind.INVOICED_NOT_DELIVERED, 1,
                7_000)), base.excluded().stream().filter(e -> e.reason() == DiscrepancyKind.INVOICED_NOT_DELIVERED)
                .toList());
        assertEquals(2, base.excludedLines());
    }

    @Test
    public void aYearWithoutLinesHasAnEmptyBase() {
        assertEquals(new CostBase(2026, List.of(), List.of()), query.costBase(2026));
    }
}

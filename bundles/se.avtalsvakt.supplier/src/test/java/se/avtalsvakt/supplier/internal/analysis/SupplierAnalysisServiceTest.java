package se.avtalsvakt.supplier.internal.analysis;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

import se.avtalsvakt.api.supplier.CheckCompliance;
import se.avtalsvakt.api.supplier.Discrepancy;
import se.avtalsvakt.api.supplier.DiscrepancyKind;
import se.avtalsvakt.api.supplier.InvoicedCost;
import se.avtalsvakt.api.supplier.LostAidSummary;
import se.avtalsvakt.supplier.internal.SupplierTestDatabase;

/**
 * The analysis SQL against an in-memory Derby migrated with the bundle's own changelog, and the real Swedish
 * working-day calendar.
 */
public class SupplierAnalysisServiceTest {

    private static final String HMC = "hjalpmedelscentralen";
    private static final Instant IMPORTED = Instant.parse("2026-12-01T08:00:00Z");


    private EmbeddedDataSource dataSource;
    private SupplierAnalysisService analysis;
    private long ids;

    @Before
    public void setUp() {
        dataSource = SupplierTestDatabase.withImport(HMC, "ORDERS");
        analysis = new SupplierAnalysisService(new AnalysisQueries(dataSource), SupplierTestDatabase.CALENDAR);
    }

    private long insert(String type, String recordId, String orderId, String careProvider, String article,
            String date, String invoiceId, Integer line, String mainArea, Long amountOre, Instant updated) {
        String sql = "insert into av_supplier_record (supplier_id, record_type, record_id, order_id,"
                + " care_provider_id, article, quantity, record_date, invoice_id, line_no, main_area, amount_ore,"
                + " fingerprint, version, first_import_id, last_import_id, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 1, 1, 1, ?, ?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, new String[] {"ID"})) {
            ps.setString(1, HMC);
            ps.setString(2, type);
            ps.setString(3, recordId);
            ps.setString(4, orderId);
            ps.setString(5, careProvider);
            ps.setString(6, article);
            ps.setObject(7, type.equals("DELIVERIES") ? 1 : null, java.sql.Types.INTEGER);
            ps.setDate(8, Date.valueOf(date));
            ps.setString(9, invoiceId);
            ps.setObject(10, line, java.sql.Types.INTEGER);
            ps.setString(11, mainArea);
            ps.setObject(12, amountOre, java.sql.Types.BIGINT);
            ps.setTimestamp(13, Timestamp.from(updated));
            ps.setTimestamp(14, Timestamp.from(updated));
            ps.executeUpdate();
            var keys = ps.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long delivery(String id, String order, String careProvider, String date) {
        return insert("DELIVERIES", id, order, careProvider, "A-1", date, null, null, null, null, IMPORTED);
    }

    private void line(String invoice, int line, String order, String careProvider, long ore, String date) {
        line(invoice, line, order, careProvider, ore, date, IMPORTED);
    }

    private void line(String invoice, int line, String order, String careProvider, long ore, String date,
            Instant imported) {
        insert("INVOICE_LINES", invoice + "/" + line, order, careProvider, null, date, invoice, line, "Rörelse",
                ore, imported);
    }

    private void check(long delivery, String checkedOn) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into av_delivery_check (record_pk, checked_on, matches_order, checked_by, recorded_at)"
                        + " values (?, ?, true, 't', current_timestamp)")) {
            ps.setLong(1, delivery);
            ps.setDate(2, Date.valueOf(checkedOn));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DiscrepancyKind> kinds(List<Discrepancy> ds) {
        return ds.stream().map(Discrepancy::kind).toList();
    }

    // ---- reconciliation

    @Test
    public void aConsistentInvoiceHasNoDiscrepancies() {
        delivery("D1", "O1", "goteborg", "2026-11-02");
        line("F1", 1, "O1", "goteborg", 150_000, "2026-11-30");
        assertEquals(List.of(), analysis.discrepancies(null, null));
    }

    @Test
    public void aLineForAnOrderWithoutDeliveryIsInvoicedNotDelivered() {
        delivery("D1", "O1", "goteborg", "2026-11-02");
        line("F1", 1, "O1", "goteborg", 150_000, "2026-11-30");
        line("F1", 2, "O2", "goteborg", 99_950, "2026-11-30");
        List<Discrepancy> ds = analysis.discrepancies(null, "F1");
        assertEquals(List.of(DiscrepancyKind.INVOICED_NOT_DELIVERED), kinds(ds));
        Discrepancy d = ds.get(0);
        assertEquals("F1", d.invoiceId());
        assertEquals(Integer.valueOf(2), d.line());
        assertEquals("O2", d.orderId());
        assertEquals(Long.valueOf(99_950), d.invoicedOre());
        assertEquals(null, d.expectedOre());
    }

    @Test
    public void aDeliveredOrderNoLineBillsIsDeliveredNotInvoicedOnceTheSupplierInvoicedLater() {
        delivery("D1", "O1", "goteborg", "2026-11-02");
        delivery("D2", "O2", "goteborg", "2026-11-03");
        delivery("D3", "O3", "goteborg", "2026-12-03"); // after the latest invoice: may be on the next one
        delivery("D4", "O4", "boras", "2026-11-03"); // boras was never invoiced: nothing to compare with
        line("F1", 1, "O1", "goteborg", 150_000, "2026-11-30");
        List<Discrepancy> ds = analysis.discrepancies(null, null);
        assertEquals(List.of(DiscrepancyKind.DELIVERED_NOT_INVOICED), kinds(ds));
        assertEquals("O2", ds.get(0).orderId());
        assertEquals(null, ds.get(0).invoiceId());
        assertEquals("goteborg", ds.get(0).careProvider());
        // an invoice filter lists only what is on invoices
        assertEquals(List.of(), analysis.discrepancies(null, "F1"));
        assertEquals(List.of(), analysis.discrepancies("boras", null));
    }

    @Test
    public void theSameOrderBilledAgainWithTheSameAmountIsADuplicateLineOnTheLaterLine() {
        delivery("D1", "O1", "goteborg", "2026-11-02");
        line("F1", 1, "O1", "goteborg", 150_000, "2026-11-30");
        line("F2", 4, "O1", "goteborg", 150_000, "2026-12-31");
        line("F1", 3, "O1", "goteborg", 150_000, "2026-11-30");
        List<Discrepancy> ds = analysis.discrepancies("goteborg", null);
        assertEquals(List.of(DiscrepancyKind.DUPLICATE_LINE, DiscrepancyKind.DUPLICATE_LINE), kinds(ds));
        assertEquals("F1", ds.get(0).invoiceId());
        assertEquals(Integer.valueOf(3), ds.get(0).line());
        assertEquals("F2", ds.get(1).invoiceId());
        assertTrue(ds.get(1).detail(), ds.get(1).detail().contains("faktura F1 rad 1"));
        assertEquals(Long.valueOf(150_000), ds.get(1).expectedOre());
    }

    @Test
    public void theSameOrderBilledAgainWithAnotherAmountIsAnAmountThatDiffers() {
        delivery("D1", "O1", "goteborg", "2026-11-02");
        line("F1", 1, "O1", "goteborg", 150_000, "2026-11-30");
        line("F1", 2, "O1", "goteborg", 170_000, "2026-11-30");
        line("F1", 3, "O1", "goteborg", -150_000, "2026-11-30"); // a credit line is neither
        List<Discrepancy> ds = analysis.discrepancies(null, "F1");
        assertEquals(List.of(DiscrepancyKind.AMOUNT_DIFFERS), kinds(ds));
        assertEquals(Long.valueOf(170_000), ds.get(0).invoicedOre());
        assertEquals(Long.valueOf(150_000), ds.get(0).expectedOre());
    }

    @Test
    public void discrepanciesAreFoundPerCareProviderAndInvoicePeriodWhenALineOfThePeriodWasImported() {
        delivery("D1", "O1", "goteborg", "2026-11-02");
        delivery("D2", "O2", "goteborg", "2026-11-02");
        line("F1", 1, "O1", "goteborg", 150_000, "2026-11-10");
        line("F1", 2, "O9", "goteborg", 10_000, "2026-11-10"); // not delivered
        line("F2", 1, "O1", "goteborg", 150_000, "2026-11-30", Instant.parse("2026-12-03T09:00:00Z")); // twice
        line("F3", 1, "O2", "goteborg", 20_000, "2026-11-30", Instant.parse("2026-12-04T09:00:00Z")); // clean
        line("F4", 1, "O8", "goteborg", 5_000, "2026-12-31", Instant.parse("2027-01-02T09:00:00Z")); // December
        line("F5", 1, "O7", "boras", 5_000, "2026-11-15"); // another care provider

        var periods = analysis.periodsWithDiscrepancies(Instant.parse("2026-12-02T00:00:00Z"));
        // November of Göteborg was touched on 3 December (F2): all its discrepancies, F1's too; December of
        // Göteborg on 2 January; Borås not since 2 December
        assertEquals(2, periods.size());
        var november = periods.get(0);
        assertEquals("goteborg", november.careProvider());
        assertEquals(YearMonth.of(2026, 11), november.period());
        assertEquals(List.of("F1", "F2"), november.invoices());
        assertEquals(List.of(DiscrepancyKind.INVOICED_NOT_DELIVERED, DiscrepancyKind.DUPLICATE_LINE),
                kinds(november.discrepancies()));
        assertEquals("the clean invoice F3 does not move the day", Instant.parse("2026-12-03T09:00:00Z"),
                november.lastImported());
        assertEquals(YearMonth.of(2026, 12), periods.get(1).period());
        assertEquals(List.of("F4"), periods.get(1).invoices());

        assertEquals(3, analysis.periodsWithDiscrepancies(Instant.parse("2026-11-01T00:00:00Z")).size());
        assertEquals(List.of(), analysis.periodsWithDiscrepancies(Instant.parse("2027-01-03T00:00:00Z")));
    }

    @Test
    public void theReconciliationIsPagedInItsOrder() {
        delivery("D1", "O1", "goteborg", "2026-11-02");
        for (int i = 1; i <= 12; i++) {
            line("F" + (char) ('A' + i), 1, "X" + i, "goteborg", 1_000, "2026-11-10");
        }
        List<Discrepancy> all = analysis.discrepancies(null, null);
        List<Discrepancy> paged = new java.util.ArrayList<>();
        se.avtalsvakt.api.page.PageRequest request = se.avtalsvakt.api.page.PageRequest.first(5);
        while (true) {
            var page = analysis.discrepancies(null, null, request);
            paged.addAll(page.items());
            if (page.next() == null) {
                break;
            }
            request = se.avtalsvakt.api.page.PageRequest.of(5, page.next());
        }
        assertEquals("twelve lines without a delivery, one delivery without a line", 13, all.size());
        assertEquals(all, paged);
    }

    // ---- compliance

    @Test
    public void complianceCountsInTimeLateAndUncheckedAcrossChristmas() {
        // Monday 21 December 2026: the fifth working day after it is 30 December (24, 25, 26 and the weekend
        // are not working days: 22, 23, 28, 29, 30)
        assertEquals(LocalDate.parse("2026-12-30"), SupplierTestDatabase.CALENDAR.addWorkingDays(LocalDate.parse("2026-12-21"), 5));
        check(delivery("D1", "O1", "lerum", "2026-12-21"), "2026-12-30"); // on the last day: in time
        check(delivery("D2", "O2", "lerum", "2026-12-21"), "2026-12-31"); // late
        delivery("D3", "O3", "lerum", "2026-12-21"); // unchecked
        check(delivery("D4", "O4", "lerum", "2026-12-23"), "2027-01-05"); // due 5 January (not 6th, a holiday)
        check(delivery("D5", "O5", "lerum", "2027-01-04"), "2027-01-05");
        delivery("D6", "O6", "goteborg", "2026-11-30");

        List<CheckCompliance> rows = analysis.checkCompliance(null, YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        assertEquals(List.of(new CheckCompliance("lerum", YearMonth.of(2026, 12), 4, 2, 1, 1),
                new CheckCompliance("lerum", YearMonth.of(2027, 1), 1, 1, 0, 0)), rows);
        assertEquals(0.5, rows.get(0).share(), 1e-9);
        assertEquals(List.of(new CheckCompliance("goteborg", YearMonth.of(2026, 11), 1, 0, 0, 1)),
                analysis.checkCompliance("goteborg", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
    }

    // ---- lost aids and cost

    @Test
    public void lostAidsArePerCareProviderAndArticle() {
        insert("LOST_AIDS", "L1", null, "boras", "A-9", "2026-10-01", null, null, null, null, IMPORTED);
        insert("LOST_AIDS", "L2", null, "boras", "A-9", "2026-11-10", null, null, null, null, IMPORTED);
        insert("LOST_AIDS", "L3", null, "alingsas", "A-1", "2026-11-11", null, null, null, null, IMPORTED);
        assertEquals(List.of(new LostAidSummary("alingsas", "A-1", 1, LocalDate.parse("2026-11-11"),
                LocalDate.parse("2026-11-11")), new LostAidSummary("boras", "A-9", 2, LocalDate.parse("2026-10-01"),
                        LocalDate.parse("2026-11-10"))), analysis.lostAids(null));
        assertEquals(1, analysis.lostAids("boras").size());

        insert("LOST_AIDS", "L4", null, "boras", "A-1", "2026-11-12", null, null, null, null, IMPORTED);
        var first = analysis.lostAids(null, se.avtalsvakt.api.page.PageRequest.first(2));
        assertEquals(List.of("alingsas A-1", "boras A-1"), first.items().stream()
                .map(a -> a.careProvider() + " " + a.article()).toList());
        var second = analysis.lostAids(null, se.avtalsvakt.api.page.PageRequest.of(2, first.next()));
        assertEquals(List.of("boras A-9"), second.items().stream().map(a -> a.careProvider() + " " + a.article())
                .toList());
        assertEquals(null, second.next());
    }

    @Test
    public void invoicedCostIsSummedPerCareProviderMainAreaAndYear() {
        line("F1", 1, "O1", "goteborg", 100_000, "2026-11-30");
        line("F1", 2, "O2", "goteborg", 50_050, "2026-11-30");
        line("F2", 1, "O3", "goteborg", 70_000, "2027-01-31");
        line("F3", 1, "O4", "boras", -10_000, "2026-06-30");
        assertEquals(List.of(new InvoicedCost("boras", "Rörelse", 2026, -10_000),
                new InvoicedCost("goteborg", "Rörelse", 2026, 150_050)), analysis.invoicedCosts(2026));
    }
}

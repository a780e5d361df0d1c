package se.avtalsvakt.supplier.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.supplier.internal.analysis.AnalysisQueries;

/**
 * Unchecked deliveries as one deadline per care provider, supplier and check deadline day, and mismatching checks
 * as two events, against an in-memory Derby migrated with the bundle's changelog and the real working-day calendar.
 */
public class DeliveryCheckDeadlinesTest {

    private static final String HMC = "hjalpmedelscentralen";
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Map<String, String> NAMES = Map.of(HMC, "Hjälpmedelscentralen", "boras", "Borås stad",
            "goteborg", "Göteborgs stad", "ortopeden", "Ortopedtekniska");


    private EmbeddedDataSource dataSource;
    private DeliveryCheckDeadlines deadlines;
    private int ids;

    @Before
    public void setUp() throws SQLException {
        dataSource = SupplierTestDatabase.withImport(HMC, "DELIVERIES");
        deadlines = new DeliveryCheckDeadlines(new AnalysisQueries(dataSource),
                d -> SupplierTestDatabase.CALENDAR.addWorkingDays(d, DeliveryChecks.CHECK_WORKING_DAYS),
                id -> NAMES.getOrDefault(id, id), ZONE);
    }

    private long delivery(String supplier, String careProvider, String date) {
        String sql = "insert into av_supplier_record (supplier_id, record_type, record_id, order_id,"
                + " care_provider_id, article, quantity, record_date, fingerprint, version, first_import_id,"
                + " last_import_id, created_at, updated_at)"
                + " values (?, 'DELIVERIES', ?, ?, ?, 'A-1', 2, ?, 'x', 1, 1, 1, current_timestamp, current_timestamp)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, new String[] {"ID"})) {
            String id = "D-" + (++ids);
            ps.setString(1, supplier);
            ps.setString(2, id);
            ps.setString(3, "O-" + ids);
            ps.setString(4, careProvider);
            ps.setDate(5, Date.valueOf(date));
            ps.executeUpdate();
            var keys = ps.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(long delivery, String checkedOn, boolean matches, String note, Instant recordedAt) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into av_delivery_check (record_pk, checked_on, matches_order, note, checked_by, recorded_at)"
                        + " values (?, ?, ?, ?, 't', ?)")) {
            ps.setLong(1, delivery);
            ps.setDate(2, Date.valueOf(checkedOn));
            ps.setBoolean(3, matches);
            ps.setString(4, note);
            ps.setTimestamp(5, Timestamp.from(recordedAt));
            ps.executeUpdate();
            c.createStatement().executeUpdate("update av_supplier_record set check_done = true where id = " + delivery);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> subjects(List<Deadline> ds) {
        return ds.stream().map(Deadline::subject).toList();
    }

    @Test
    public void uncheckedDeliveriesAreOneOverdueDeadlinePerCareProviderSupplierAndCheckDay() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        // Thursday 19 November: checked by Thursday 26 November; Friday 20 and Saturday 21: by Friday 27 November
        long first = delivery(HMC, "boras", "2026-11-19");
        delivery(HMC, "boras", "2026-11-20");
        delivery(HMC, "boras", "2026-11-20");
        delivery(HMC, "boras", "2026-11-21");
        delivery("ortopeden", "boras", "2026-11-20");
        delivery(HMC, "goteborg", "2026-11-20");
        delivery(HMC, "boras", "2026-11-26"); // check due 3 December: not overdue yet
        check(delivery(HMC, "boras", "2026-11-20"), "2026-11-23", true, null, Instant.now());

        List<Deadline> overdue = deadlines.overdue(today);
        assertEquals(List.of("boras/hjalpmedelscentralen/2026-11-26", "boras/hjalpmedelscentralen/2026-11-27",
                "boras/ortopeden/2026-11-27", "goteborg/hjalpmedelscentralen/2026-11-27"), subjects(overdue));
        Deadline three = overdue.get(1);
        assertEquals("DELIVERIES_UNCHECKED", three.kind());
        assertEquals(LocalDate.of(2026, 11, 27), three.date());
        assertEquals(LocalDate.of(2026, 11, 27), three.practicalDate());
        assertEquals("boras", three.owner());
        assertEquals("Leveranser från Hjälpmedelscentralen till Borås stad", three.subjectTitle());
        assertEquals("3 leveranser från Hjälpmedelscentralen är inte kontrollerade inom fem arbetsdagar. Levererade "
                + "20 november 2026 – 21 november 2026 till Borås stad; kontrollera mot beställningarna och "
                + "registrera kontrollerna (samarbetsavtalet §9). Vilka leveranser det gäller visar listan över "
                + "okontrollerade leveranser till Borås stad från Hjälpmedelscentralen med sista kontrolldag "
                + "27 november 2026.", three.description());
        assertTrue(overdue.get(0).description(), overdue.get(0).description().startsWith(
                "1 leverans från Hjälpmedelscentralen är inte kontrollerad inom fem arbetsdagar. Levererad 19 november"));

        // once checked, the group is gone
        check(first, "2026-12-01", true, null, Instant.now());
        assertEquals(3, deadlines.overdue(today).size());
        // the deadline of 3 December is upcoming, in the window of deadlines
        assertEquals(List.of("boras/hjalpmedelscentralen/2026-12-03"),
                subjects(deadlines.dueBetween(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 31))));
    }

    @Test
    public void aDeliveryImportedLongAfterItsDeadlineIsOverdueAtOnce() {
        delivery(HMC, "boras", "2025-03-03");
        assertEquals(List.of("boras/hjalpmedelscentralen/2025-03-10"),
                subjects(deadlines.overdue(LocalDate.of(2026, 12, 2))));
    }

    @Test
    public void manyDeliveriesMakeFewDeadlines() throws SQLException {
        String sql = "insert into av_supplier_record (supplier_id, record_type, record_id, care_provider_id,"
                + " record_date, fingerprint, version, first_import_id, last_import_id, created_at, updated_at)"
                + " values (?, 'DELIVERIES', ?, ?, ?, 'x', 1, 1, 1, current_timestamp, current_timestamp)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < 5000; i++) {
                ps.setString(1, HMC);
                ps.setString(2, "B-" + i);
                ps.setString(3, i % 2 == 0 ? "boras" : "goteborg");
                ps.setDate(4, Date.valueOf(LocalDate.of(2026, 11, 2).plusDays(i % 10))); // 2-11 November
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
        List<Deadline> overdue = deadlines.overdue(LocalDate.of(2026, 12, 2));
        // Borås on the 2nd, 4th, 6th, 8th and 10th, Göteborg on the odd days: a Sunday's deliveries are due with the
        // Friday's before, so Borås has four check days and Göteborg five
        assertEquals(9, overdue.size());
        assertEquals(5000, overdue.stream().mapToInt(d -> Integer.parseInt(d.description().split(" ")[0])).sum());
    }

    @Test
    public void aMismatchingCheckIsTwoEventsOneToTheCareProviderOneToTheSupplier() {
        long d = delivery(HMC, "boras", "2026-11-20");
        delivery(HMC, "boras", "2026-11-20");
        Instant recorded = LocalDate.of(2026, 12, 2).atTime(10, 0).atZone(ZONE).toInstant();
        check(d, "2026-11-24", false, "fel storlek", recorded);

        List<Deadline> events = deadlines.mismatchesCheckedBetween(LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 24));
        assertEquals(List.of("hjalpmedelscentralen/D-1/vardgivare", "hjalpmedelscentralen/D-1/leverantor"),
                subjects(events));
        assertEquals(List.of("boras", HMC), events.stream().map(Deadline::owner).toList());
        Deadline toCareProvider = events.get(0);
        assertEquals("DELIVERY_MISMATCH", toCareProvider.kind());
        assertEquals(LocalDate.of(2026, 11, 24), toCareProvider.date());
        assertEquals("Leverans D-1 från Hjälpmedelscentralen till Borås stad", toCareProvider.subjectTitle());
        assertEquals("Leveransen D-1 (artikel A-1, antal 2), levererad 20 november 2026, stämmer inte med "
                + "beställningen O-1 enligt kontrollen 24 november 2026: fel storlek. Reds ut med "
                + "Hjälpmedelscentralen.", toCareProvider.description());
        // recorded on 2 December, dated 24 November: found by the day it was recorded
        assertEquals(2, deadlines.mismatchesRecordedBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2))
                .size());
        assertEquals(0, deadlines.mismatchesRecordedBetween(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3))
                .size());
        assertEquals(0, deadlines.mismatchesCheckedBetween(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 31))
                .size());
    }

    @Test
    public void manyMismatchesOfOneCareProviderOnOneDayAreTwoEventsForThemAll() {
        Instant yesterday = LocalDate.of(2026, 12, 1).atTime(10, 0).atZone(ZONE).toInstant();
        Instant today = LocalDate.of(2026, 12, 2).atTime(10, 0).atZone(ZONE).toInstant();
        for (int i = 0; i < 30; i++) { // a file of checks saying no, recorded over two days
            check(delivery(HMC, "boras", "2026-11-20"), "2026-11-24", false, "fel", i < 20 ? yesterday : today);
        }
        check(delivery(HMC, "goteborg", "2026-11-20"), "2026-11-24", false, null, today);

        List<Deadline> events = deadlines.mismatchesCheckedBetween(LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 24));
        assertEquals(List.of("hjalpmedelscentralen/boras/2026-11-24/vardgivare",
                "hjalpmedelscentralen/boras/2026-11-24/leverantor", "hjalpmedelscentralen/D-31/vardgivare",
                "hjalpmedelscentralen/D-31/leverantor"), subjects(events));
        assertEquals(List.of("boras", HMC), events.subList(0, 2).stream().map(Deadline::owner).toList());
        assertTrue(events.get(0).description(), events.get(0).description().startsWith("30 leveranser från "
                + "Hjälpmedelscentralen till Borås stad stämmer inte med beställningarna enligt kontrollerna "
                + "24 november 2026, bland dem D-1, D-10, D-11, D-12, D-13."));
        // those recorded today make the same events: the group is counted whole
        assertEquals(subjects(events), subjects(deadlines.mismatchesRecordedBetween(LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 2))));
        assertEquals(subjects(events).subList(0, 2), subjects(deadlines.mismatchesRecordedBetween(
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1))));
    }
}

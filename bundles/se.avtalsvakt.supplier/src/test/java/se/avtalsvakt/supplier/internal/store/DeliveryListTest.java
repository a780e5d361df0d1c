package se.avtalsvakt.supplier.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.DeliveryFilter;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;
import se.avtalsvakt.supplier.internal.DeliveryChecks;
import se.avtalsvakt.supplier.internal.SupplierTestDatabase;
import se.avtalsvakt.testsupport.ResourceLocalJpaTemplate;

/**
 * The list of deliveries on a real (in-memory) Derby through Hibernate, with the bundle's changelog: pages follow
 * each other without a gap or a repeat, in the order delivery date, supplier, delivery id, and the filters select
 * what the deadlines count.
 */
public class DeliveryListTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private SessionFactory sessions;
    private ImportStore imports;
    private RecordStore records;
    private DeliveryCheckStore store;
    private DeliveryChecks checks;

    @Before
    public void setUp() {
        EmbeddedDataSource dataSource = SupplierTestDatabase.withImport("hmc", "DELIVERIES");
        dataSource.setCreateDatabase(null); // created: connect to it
        sessions = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none").build())
                .addAnnotatedClass(SupplierRecordEntity.class).addAnnotatedClass(RecordHistoryEntity.class)
                .addAnnotatedClass(ImportEntity.class).addAnnotatedClass(ImportErrorEntity.class)
                .addAnnotatedClass(DeliveryCheckEntity.class).buildMetadata().buildSessionFactory();
        ResourceLocalJpaTemplate jpa = new ResourceLocalJpaTemplate(sessions);
        imports = new ImportStore(jpa, null);
        records = new RecordStore(jpa, null);
        store = new DeliveryCheckStore(jpa, null);
        checks = new DeliveryChecks(store, new PlatformClock() {
            @Override
            public ZoneId zone() {
                return ZONE;
            }

            @Override
            public Clock clock() {
                return Clock.fixed(NOW, ZONE);
            }
        }, SupplierTestDatabase.CALENDAR);
    }

    @After
    public void tearDown() {
        sessions.close();
    }

    private void deliveries(String supplier, String careProvider, LocalDate on, String... ids) {
        List<SupplierRecord> batch = new ArrayList<>();
        for (String id : ids) {
            batch.add(new SupplierRecord(RecordType.DELIVERIES, id, "O-" + id, careProvider, "A-1", 1, on, null, null,
                    null, null, null));
        }
        records.storeBatch(supplier, RecordType.DELIVERIES, 1, batch, NOW);
    }

    private List<String> all(DeliveryFilter filter, int limit) {
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        for (int pages = 0; pages < 100; pages++) {
            Page<DeliveryView> page = checks.deliveries(filter, request);
            assertTrue(page.items().size() <= limit);
            page.items().forEach(d -> seen.add(d.delivery().date() + " " + d.supplier() + " " + d.delivery().recordId()));
            if (page.next() == null) {
                return seen;
            }
            request = PageRequest.of(limit, page.next());
        }
        throw new AssertionError("no end of the list");
    }

    @Test
    public void pagesFollowEachOtherInDateSupplierAndIdOrderWithoutGapsOrRepeats() {
        deliveries("hmc", "lerum", LocalDate.of(2026, 11, 20), "D-3", "D-1", "D-2", "D-10");
        deliveries("acme", "lerum", LocalDate.of(2026, 11, 20), "D-1", "X-9");
        deliveries("hmc", "boras", LocalDate.of(2026, 11, 19), "B-1", "B-2");
        deliveries("hmc", "boras", LocalDate.of(2026, 11, 23), "B-3");
        List<String> expected = new ArrayList<>(all(DeliveryFilter.all(), 1000));
        assertEquals(9, expected.size());
        List<String> sorted = new ArrayList<>(expected);
        sorted.sort(Comparator.naturalOrder());
        assertEquals("date, supplier, id", sorted, expected);
        assertEquals("2026-11-20 acme D-1", expected.get(2));
        for (int limit = 1; limit <= 4; limit++) {
            assertEquals("pages of " + limit, expected, all(DeliveryFilter.all(), limit));
        }
    }

    @Test
    public void theFiltersSelectByCareProviderSupplierCheckDayDeliveryDaysAndCheck() {
        deliveries("hmc", "lerum", LocalDate.of(2026, 11, 20), "L-1", "L-2", "L-3");
        deliveries("hmc", "lerum", LocalDate.of(2026, 11, 19), "L-0");
        deliveries("acme", "lerum", LocalDate.of(2026, 11, 20), "A-1");
        deliveries("hmc", "boras", LocalDate.of(2026, 11, 20), "B-1");
        checks.checkDelivery("L-2", null, new DeliveryCheck(LocalDate.of(2026, 11, 21), true, null), "olle");

        // the deliveries behind the alert lerum/hmc/2026-11-27: unchecked, delivered 20-22 November
        assertEquals(List.of("2026-11-20 hmc L-1", "2026-11-20 hmc L-3"), all(new DeliveryFilter("lerum", "hmc",
                true, LocalDate.of(2026, 11, 27), null, null), 1));
        assertEquals(List.of("2026-11-19 hmc L-0", "2026-11-20 hmc L-1", "2026-11-20 hmc L-2", "2026-11-20 hmc L-3"),
                all(new DeliveryFilter("lerum", "hmc", false, null, null, null), 2));
        assertEquals(List.of("2026-11-20 acme A-1", "2026-11-20 hmc B-1", "2026-11-20 hmc L-1",
                "2026-11-20 hmc L-3"), all(new DeliveryFilter(null, null, true, null, LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 20)), 3));
        // a checked delivery carries its check
        DeliveryView checked = checks.deliveries(new DeliveryFilter("lerum", "hmc", false, null,
                LocalDate.of(2026, 11, 20), null), PageRequest.first(2)).items().get(1);
        assertEquals("L-2", checked.delivery().recordId());
        assertEquals("olle", checked.checkedBy());
        assertEquals(LocalDate.of(2026, 11, 27), checked.checkDueOn());
    }

    @Test
    public void receiptsArePagedNewestFirstBelowTheLastIdOfThePageBefore() {
        for (int i = 0; i < 5; i++) {
            long id = imports.startImport(i % 2 == 0 ? "hmc" : "acme", RecordType.ORDERS, "f" + i, NOW);
            imports.finishImport(id, se.avtalsvakt.api.supplier.ImportStatus.COMPLETED, Counts.ZERO, List.of(), NOW);
        }
        List<String> all = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        for (int pages = 0; pages < 10 && request != null; pages++) {
            var page = imports.imports(null, request);
            page.items().forEach(r -> all.add(r.source()));
            request = page.next() == null ? null : PageRequest.of(2, page.next());
        }
        assertEquals(List.of("f4", "f3", "f2", "f1", "f0", "t"), all);
        assertEquals(List.of("f4", "f2", "f0", "t"), imports.imports("hmc", PageRequest.first(10)).items().stream()
                .map(r -> r.source()).toList());
    }
}

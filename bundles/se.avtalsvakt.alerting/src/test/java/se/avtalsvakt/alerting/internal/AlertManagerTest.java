package se.avtalsvakt.alerting.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.felix.hc.api.Result;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.service.event.Event;

import se.avtalsvakt.alerting.internal.store.AlertStore;
import se.avtalsvakt.alerting.internal.store.AlertingSchema;
import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertFilter;
import se.avtalsvakt.api.alert.AlertService.ScanResult;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.event.Topics;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.testsupport.FixedClock;
import se.avtalsvakt.testsupport.TestDatabase;

/**
 * The scan as a whole on the real store (Derby migrated with the bundle's changelog), with deadline sources of the
 * tests: which sources a write rescans, the cap per kind, the guard and its release. Each test its own sources.
 */
public class AlertManagerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static TestDatabase db;
    private static AlertStore store;

    private final List<Runnable> cleanUp = new ArrayList<>();
    private final DeadlineCollector collector = new DeadlineCollector();
    private final HeldScans held = new HeldScans();

    @BeforeClass
    public static void database() {
        db = TestDatabase.migrated(AlertingSchema.CHANGELOG, "avtalsvakt-alerting", AlertStore.class);
        store = new AlertStore(db.jpa(), new AlertingSchema(db.migrator()));
    }

    @AfterClass
    public static void drop() {
        db.close();
    }

    @After
    public void stop() {
        cleanUp.forEach(Runnable::run);
    }

    /** @return a manager of the collector's sources, once its first scan (of every source) is done */
    private AlertManager manager(Map<String, Object> settings) {
        AlertingConfig config = TestConfig.alerting(settings);
        FixedClock clock = FixedClock.on(TODAY);
        DeliveryDispatcher dispatcher = new DeliveryDispatcher(store, clock, collector, config);
        AlertManager manager = new AlertManager(collector, store, clock, dispatcher, held, config, Map.of());
        cleanUp.add(() -> {
            try {
                manager.deactivate();
                dispatcher.deactivate();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        idle(manager);
        return manager;
    }

    /** Waits for the scan running or queued now: scans are serial. */
    private static void idle(AlertManager manager) {
        await().atMost(WAIT).until(() -> {
            manager.scan(Set.of("-"), false); // waits for a running scan, asks no source
            return true;
        });
    }

    private CountingSource source(String prefix) {
        CountingSource s = new CountingSource(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        collector.addSource(s);
        return s;
    }

    /** A deadline whose step 7 (default ladder 30,7,0,passed) falls due on {@code TODAY + days - 7}. */
    private static Deadline due(CountingSource source, String subject, int days) {
        LocalDate date = TODAY.plusDays(days);
        return new Deadline(source.id(), subject, "Avtal " + subject, "K", date, date, "vgr", "x");
    }

    private static List<Alert> alerts(CountingSource source) {
        return store.page(new AlertFilter(null, false, null, source.id(), null), PageRequest.first(1000)).items();
    }

    private static List<String> open(CountingSource source) {
        return alerts(source).stream().filter(a -> a.state() != AlertState.RESOLVED).map(Alert::subject).sorted()
                .toList();
    }

    @Test
    public void aWriteRescansOnlyTheSourcesOfItsDomainAskingEachListOnce() {
        CountingSource a = source("a");
        CountingSource b = source("b");
        AlertManager manager = manager(Map.of());
        for (CountingSource s : List.of(a, b)) {
            for (String list : List.of("deadlines", "events", "overdue", "eventsRecorded")) {
                assertEquals(s.id() + " " + list, 1, s.calls(list)); // the first scan, of every source
            }
            s.reset();
        }

        manager.handleEvent(new Event("se/avtalsvakt/" + a.id() + "/UPDATED", Map.of(Topics.ID, "x")));
        await().atMost(WAIT).until(() -> a.calls("eventsRecorded") == 1);
        idle(manager);

        for (String list : List.of("deadlines", "events", "overdue", "eventsRecorded")) {
            assertEquals(list, 1, a.calls(list));
            assertEquals(list, 0, b.calls(list));
        }
    }

    @Test
    public void aSourceTheCollectorBindsAfterAlertingStartedIsScannedWithoutAnyOtherEvent() {
        AlertManager manager = manager(Map.of());
        // bound to the collector only: the manager's own reference to it was told first, or not at all
        CountingSource late = source("late");
        await().atMost(WAIT).until(() -> late.calls("overdue") == 1);
        idle(manager);
        assertEquals(1, late.calls("deadlines"));
    }

    @Test
    public void aBurstOfWritesIsFoldedIntoOneScanAndTheClockRescansEverySource() throws Exception {
        CountingSource a = source("a");
        CountingSource b = source("b");
        AlertManager manager = manager(Map.of());
        a.reset();
        b.reset();

        a.close();
        manager.handleEvent(new Event("se/avtalsvakt/" + a.id() + "/UPDATED", Map.of()));
        assertTrue(a.entered.await(30, TimeUnit.SECONDS)); // the first scan is under way, held by the source
        for (int i = 0; i < 50; i++) {
            manager.handleEvent(new Event("se/avtalsvakt/" + a.id() + "/UPDATED", Map.of()));
            manager.handleEvent(new Event("se/avtalsvakt/alert/RAISED", Map.of()));
            manager.handleEvent(new Event("se/avtalsvakt/nobody/UPDATED", Map.of()));
        }
        a.open();
        await().atMost(WAIT).until(() -> a.calls("eventsRecorded") == 2);
        idle(manager);
        assertEquals(2, a.calls("deadlines"));
        assertEquals(0, b.calls("deadlines"));

        manager.handleEvent(new Event(Topics.CLOCK_CHANGED, Map.of("today", TODAY.toString())));
        await().atMost(WAIT).until(() -> b.calls("eventsRecorded") == 1);
        idle(manager);
        assertEquals(3, a.calls("deadlines"));
    }

    @Test
    public void aScanOfOneSourceLeavesTheAlertsOfTheOthersAlone() {
        CountingSource a = source("a");
        CountingSource b = source("b");
        a.deadlines.add(due(a, "a1", 7));
        b.deadlines.add(due(b, "b1", 7));
        AlertManager manager = manager(Map.of());
        assertEquals(List.of("a1"), open(a));
        assertEquals(List.of("b1"), open(b));

        b.deadlines.clear(); // met
        a.deadlines.clear();
        ScanResult r = manager.scan(Set.of(a.id()), false);

        assertEquals(List.of(a.id()), r.sources());
        assertEquals(1, r.resolved());
        assertEquals(List.of(), open(a));
        assertEquals(List.of("b1"), open(b));
        assertEquals(1, manager.scan(Set.of(b.id()), false).resolved());
        assertEquals(List.of(), open(b));
    }

    @Test
    public void theCapRaisesTheEarliestDueFirstAndLaterScansTheRest() {
        CountingSource a = source("a");
        for (int days = 8; days >= 1; days--) {
            a.deadlines.add(due(a, "d" + days, days));
        }
        AlertManager manager = manager(Map.of("maxPerKindPerScan", 3));
        assertEquals(List.of("d1", "d2", "d3"), open(a));
        assertEquals(LocalDate.of(2026, 11, 22), store.lastScans().get(a.id())); // cut: not yet scanned for today

        ScanResult second = manager.scan();
        assertEquals(3, second.raised());
        assertEquals(Map.of("K", 2), second.deferredByKind());
        assertEquals(List.of("d1", "d2", "d3", "d4", "d5", "d6"), open(a));

        ScanResult third = manager.scan();
        assertEquals(2, third.raised());
        assertEquals(Map.of(), third.deferredByKind());
        assertEquals(TODAY, store.lastScans().get(a.id()));
        assertEquals(0, manager.scan().raised());
        assertEquals(8, open(a).size());
    }

    @Test
    public void aScanRaisingMoreThanTheGuardIsHeldUntilConfirmed() {
        CountingSource a = source("a");
        for (int i = 1; i <= 8; i++) {
            a.deadlines.add(due(a, "g" + i, i));
        }
        AlertScanCheck check = new AlertScanCheck(held);
        AlertManager manager = manager(Map.of("guardThreshold", 5, "maxPerKindPerScan", 3));

        ScanResult r = manager.scan();
        assertTrue(r.held());
        assertEquals(0, r.raised());
        assertEquals("what the source asks for, before the cap", 8, r.heldCount());
        assertEquals(Map.of("K", 8), r.heldByKind());
        assertEquals(Map.of(), r.deferredByKind());
        assertEquals(List.of(), alerts(a));
        assertFalse(store.lastScans().containsKey(a.id()));
        assertEquals(Result.Status.WARN, check.execute().getStatus());
        assertTrue(check.execute().toString(), check.execute().toString().contains("alert:scan --confirm"));

        assertTrue("held as before", manager.scan().held());
        assertFalse("no news: not logged at WARN again", held.hold(TODAY,
                Map.of(a.id(), Map.of("K", 8)), 5));

        ScanResult confirmed = manager.scan(true);
        assertFalse(confirmed.held());
        assertEquals("the go-ahead raises all of them: the cap does not cut it", 8, confirmed.raised());
        assertEquals(Map.of(), confirmed.deferredByKind());
        assertEquals(Result.Status.OK, check.execute().getStatus());
        assertEquals(0, manager.scan().raised());
        assertEquals(8, open(a).size());
    }

    @Test
    public void aStoppingManagerFinishesItsScanWithoutRecordingIt() throws Exception {
        CountingSource a = source("a");
        AlertManager manager = manager(Map.of());
        a.deadlines.add(due(a, "late", 7));
        manager.deactivate(); // not interrupted: waits for the scan under way
        assertEquals(0, manager.scan().raised());
        assertEquals(List.of(), open(a));
        manager.handleEvent(new Event("se/avtalsvakt/" + a.id() + "/UPDATED", Map.of()));
        assertEquals(List.of(), open(a));
    }

    @Test
    public void aConfigurationOutOfRangeIsRefusedNamingTheSetting() {
        for (String setting : List.of("maxPerKindPerScan", "guardThreshold")) {
            Map<String, Object> settings = new HashMap<>();
            settings.put(setting, 0);
            IllegalArgumentException e = org.junit.Assert.assertThrows(IllegalArgumentException.class,
                    () -> new AlertManager(collector, store, FixedClock.on(TODAY), null, held,
                            TestConfig.alerting(settings), Map.of()));
            assertTrue(e.getMessage(), e.getMessage().startsWith(setting));
        }
    }
}

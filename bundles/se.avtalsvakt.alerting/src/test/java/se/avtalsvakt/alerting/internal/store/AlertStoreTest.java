package se.avtalsvakt.alerting.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import se.avtalsvakt.alerting.internal.store.AlertStore.Resolution;
import se.avtalsvakt.alerting.internal.store.AlertStore.Step;
import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertFilter;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.testsupport.TestDatabase;

/** The alert store's queries against Derby migrated with the bundle's changelog. Each test its own source. */
public class AlertStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-22T07:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static TestDatabase db;
    private static AlertStore store;

    @BeforeClass
    public static void database() {
        db = TestDatabase.migrated(AlertingSchema.CHANGELOG, "avtalsvakt-alerting", AlertStore.class);
        store = new AlertStore(db.jpa(), new AlertingSchema(db.migrator()));
    }

    @AfterClass
    public static void drop() {
        db.close();
    }

    @Test
    public void anAlertIsStoredOncePerSourceSubjectKindDueDateAndThreshold() {
        String source = source();
        NewAlert alert = alert(source, "a1", "90", LocalDate.of(2027, 3, 1));
        store.recordScan(List.of(alert), List.of(), List.of("log"), List.of(source), TODAY, NOW);

        assertThrows(RuntimeException.class,
                () -> store.recordScan(List.of(alert), List.of(), List.of("log"), List.of(source), TODAY, NOW));
        store.recordScan(List.of(alert(source, "a1", "30", LocalDate.of(2027, 3, 1))), List.of(), List.of("log"),
                List.of(source), TODAY, NOW);

        assertEquals(2, store.stepsOf(source, List.of("a1")).size());
        assertEquals(TODAY, store.lastScans().get(source));
    }

    @Test
    public void openOverdueLeavesOutResolvedAndOtherThresholds() {
        String source = source();
        List<Alert> raised = store.recordScan(List.of(alert(source, "o1", Alert.OVERDUE, LocalDate.of(2026, 11, 1)),
                        alert(source, "o2", Alert.OVERDUE, LocalDate.of(2026, 11, 2)),
                        alert(source, "o3", "30", LocalDate.of(2026, 12, 2))),
                List.of(), List.of(), List.of(source), TODAY, NOW);
        store.recordScan(List.of(), List.of(new Resolution(raised.get(1).id(), "Klar")), List.of(), List.of(),
                TODAY, NOW);

        List<String> open = store.openOverdue().stream().filter(s -> s.source().equals(source))
                .map(Step::subject).toList();

        assertEquals(List.of("o1"), open);
        assertEquals(AlertState.RESOLVED, store.get(raised.get(1).id()).state());
    }

    @Test
    public void stepsOfManySubjectsAreFoundAcrossQueryChunks() {
        String source = source();
        int count = AlertStore.SUBJECTS_PER_QUERY + 3;
        List<NewAlert> alerts = IntStream.range(0, count)
                .mapToObj(i -> alert(source, "s" + i, "90", LocalDate.of(2027, 1, 1))).toList();
        store.recordScan(alerts, List.of(), List.of(), List.of(source), TODAY, NOW);
        List<String> subjects = new ArrayList<>(alerts.stream().map(NewAlert::subject).toList());
        subjects.add("s0");

        assertEquals(count, store.stepsOf(source, subjects).size());
        assertTrue(store.stepsFrom(LocalDate.of(2027, 1, 1)).stream().filter(s -> s.source().equals(source))
                .count() == count);
        assertEquals(0, store.stepsFrom(LocalDate.of(2027, 1, 2)).stream().filter(s -> s.source().equals(source))
                .count());
    }

    @Test
    public void dueDeliveriesComeOldestFirstUpToTheLimitAndLeaveWhenDelivered() {
        String source = source();
        String channel = "channel-" + source;
        List<Alert> raised = store.recordScan(List.of(alert(source, "d1", "90", LocalDate.of(2027, 2, 1)),
                alert(source, "d2", "90", LocalDate.of(2027, 2, 2))), List.of(), List.of(channel),
                List.of(source), TODAY, NOW);
        store.failed(raised.get(0).id(), channel, "connection refused", NOW, Duration.ofMinutes(5),
                Duration.ofHours(1));

        assertEquals(List.of(raised.get(1).id()), store.dueDeliveries(List.of(channel), NOW, 10).stream()
                .map(d -> d.alert().id()).toList());
        List<Long> later = store.dueDeliveries(List.of(channel), NOW.plus(Duration.ofMinutes(6)), 10).stream()
                .map(d -> d.alert().id()).toList();
        assertEquals(2, later.size());
        assertEquals(1, store.dueDeliveries(List.of(channel), NOW.plus(Duration.ofMinutes(6)), 1).size());

        store.delivered(raised.get(1).id(), channel, NOW);

        assertEquals(List.of(raised.get(0).id()), store.dueDeliveries(List.of(channel),
                NOW.plus(Duration.ofMinutes(6)), 10).stream().map(d -> d.alert().id()).toList());
        assertEquals(List.of(), store.dueDeliveries(List.of(), NOW, 10));
    }

    @Test
    public void anOpenAlertIsAcknowledgedOnceAndAResolvedOneNot() {
        String source = source();
        List<Alert> raised = store.recordScan(List.of(alert(source, "k1", "90", LocalDate.of(2027, 4, 1)),
                alert(source, "k2", "90", LocalDate.of(2027, 4, 2))), List.of(), List.of(), List.of(source),
                TODAY, NOW);
        store.recordScan(List.of(), List.of(new Resolution(raised.get(1).id(), "Klar")), List.of(), List.of(),
                TODAY, NOW);

        Alert acknowledged = store.acknowledge(raised.get(0).id(), "handlaggare", NOW);

        assertEquals(AlertState.ACKNOWLEDGED, acknowledged.state());
        assertEquals(acknowledged, store.acknowledge(raised.get(0).id(), "någon annan", NOW.plusSeconds(60)));
        assertThrows(ConflictException.class, () -> store.acknowledge(raised.get(1).id(), "handlaggare", NOW));
        assertTrue(store.list(AlertState.ACKNOWLEDGED, false, 1000).stream()
                .anyMatch(a -> a.id() == raised.get(0).id()));
    }

    @Test
    public void alertsComeInPagesNewestFirstWithFilters() {
        String source = source();
        List<NewAlert> alerts = IntStream.range(0, 250).mapToObj(i -> new NewAlert(source, "p" + i, "Avtal " + i,
                i % 5 == 0 ? "TERM_END" : "notice", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 1), "90", TODAY,
                i % 2 == 0 ? "vgr" : "lilla-edet", Severity.INFO, "x", null)).toList();
        store.recordScan(alerts, List.of(), List.of("log"), List.of(source), TODAY, NOW);
        AlertFilter ofSource = new AlertFilter(null, false, null, source, null);

        List<Long> seen = new ArrayList<>();
        PageRequest request = PageRequest.first();
        int pages = 0;
        do {
            Page<Alert> page = store.page(ofSource, request);
            page.items().forEach(a -> seen.add(a.id()));
            assertTrue(page.items().size() <= 100);
            assertTrue(page.items().stream().allMatch(a -> a.deliveries().size() == 1));
            pages++;
            request = page.next() == null ? null : new PageRequest(100, page.next());
        } while (request != null);

        assertEquals(3, pages);
        assertEquals(250, seen.size());
        assertEquals(250, new java.util.HashSet<>(seen).size());
        List<Long> newestFirst = new ArrayList<>(seen);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, seen);
        assertEquals(250, store.count(ofSource));
        assertEquals(50, store.count(new AlertFilter(null, false, "TERM_END", source, null)));
        assertEquals(25, store.count(new AlertFilter(null, false, "TERM_END", source, "vgr")));
        assertEquals(125, store.page(new AlertFilter(AlertState.OPEN, true, null, source, "lilla-edet"),
                PageRequest.first(1000)).items().size());
        assertEquals(0, store.count(new AlertFilter(AlertState.RESOLVED, false, null, source, null)));
    }

    @Test
    public void scanQueriesCanBeLimitedToSomeSourcesAndEachSourceKeepsItsOwnScanDate() {
        String a = source();
        String b = source();
        store.recordScan(List.of(alert(a, "x", "90", LocalDate.of(2027, 6, 1)),
                alert(b, "y", "90", LocalDate.of(2027, 6, 3))), List.of(), List.of(),
                java.util.Map.of(a, TODAY, b, TODAY.minusDays(1)), NOW);

        assertEquals(List.of("x"), store.stepsFrom(LocalDate.of(2027, 1, 1), List.of(a)).stream()
                .map(Step::subject).toList());
        assertEquals(LocalDate.of(2027, 6, 3), store.earliestUnresolved(List.of(b)).orElseThrow());
        assertEquals(LocalDate.of(2027, 6, 1), store.latestUnresolved(List.of(a)).orElseThrow());
        assertEquals(0, store.stepsFrom(LocalDate.of(2027, 1, 1), List.of()).size());
        assertEquals(TODAY, store.lastScans().get(a));
        assertEquals(TODAY.minusDays(1), store.lastScans().get(b));
    }

    private static String source() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static NewAlert alert(String source, String subject, String threshold, LocalDate due) {
        return new NewAlert(source, subject, "Avtal " + subject, "notice", due, due, threshold, TODAY, "vgr",
                Severity.INFO, "Sista dag för uppsägning", null);
    }
}

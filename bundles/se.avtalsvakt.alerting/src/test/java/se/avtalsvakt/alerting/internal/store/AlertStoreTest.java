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
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
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
        assertTrue(store.list(AlertState.ACKNOWLEDGED, false).stream().anyMatch(a -> a.id() == raised.get(0).id()));
    }

    private static String source() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static NewAlert alert(String source, String subject, String threshold, LocalDate due) {
        return new NewAlert(source, subject, "Avtal " + subject, "notice", due, due, threshold, TODAY, "vgr",
                Severity.INFO, "Sista dag för uppsägning", null);
    }
}

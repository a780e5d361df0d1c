package se.avtalsvakt.alerting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.deadline.KindText;

public class DeadlineCollectorTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Deadline deadline(String source, String subject, String date, String practical) {
        return new Deadline(source, subject, subject, "KIND", d(date), d(practical), null, "x");
    }

    private static DeadlineSource source(String id, List<Deadline> deadlines) {
        return new DeadlineSource() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Deadline> deadlines(LocalDate from, LocalDate to) {
                return deadlines.stream().filter(x -> !x.effectiveDate().isBefore(from)
                        && !x.effectiveDate().isAfter(to)).toList();
            }
        };
    }

    @Test
    public void deadlinesOfEverySourceComeSortedByPracticalDate() {
        DeadlineCollector collector = new DeadlineCollector();
        collector.addSource(source("b", List.of(deadline("b", "x", "2028-09-30", "2028-09-29"),
                deadline("b", "y", "2027-01-10", "2027-01-10"))));
        collector.addSource(source("a", List.of(deadline("a", "z", "2028-09-29", "2028-09-29"))));
        List<Deadline> all = collector.between(d("2026-01-01"), d("2030-01-01"));
        assertEquals(List.of("y", "z", "x"), all.stream().map(Deadline::subject).toList());
        // the window applies to the practical date
        assertEquals(2, collector.between(d("2028-09-29"), d("2028-09-29")).size());
    }

    @Test
    public void aFailingSourceIsLeftOutAndARemovedOneIsGone() {
        DeadlineCollector collector = new DeadlineCollector();
        DeadlineSource good = source("good", List.of(deadline("good", "g", "2027-01-01", "2027-01-01")));
        collector.addSource(good);
        collector.addSource(new DeadlineSource() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<Deadline> deadlines(LocalDate from, LocalDate to) {
                throw new IllegalStateException("database gone");
            }
        });
        assertEquals(1, collector.between(d("2026-01-01"), d("2028-01-01")).size());
        collector.removeSource(good);
        assertEquals(0, collector.between(d("2026-01-01"), d("2028-01-01")).size());
    }

    @Test
    public void aBackwardWindowIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new DeadlineCollector().between(d("2027-01-01"), d("2026-01-01")));
    }

    private static DeadlineSource describing(String id, String kind, KindText text) {
        return new DeadlineSource() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Deadline> deadlines(LocalDate from, LocalDate to) {
                return List.of();
            }

            @Override
            public Optional<KindText> text(String k) {
                return k.equals(kind) ? Optional.of(text) : Optional.empty();
            }
        };
    }

    @Test
    public void aKindsTextComesFromTheSourceThatEmitsItAndAnUnknownKindGetsTheGenericText() {
        KindText review = new KindText("Översyn att göra", "Gör översynen.");
        DeadlineCollector collector = new DeadlineCollector();
        collector.addSource(source("other", List.of()));
        DeadlineSource plugin = describing("region", "REVIEW_DUE", review);
        collector.addSource(plugin);
        assertEquals(review, collector.text("region", "REVIEW_DUE"));
        assertEquals("another source's kind is not this one's", KindText.generic("REVIEW_DUE"),
                collector.text("other", "REVIEW_DUE"));
        assertEquals(KindText.generic("UNKNOWN"), collector.text("region", "UNKNOWN"));

        Alert alert = new Alert(1, "region", "x", "X", "REVIEW_DUE", d("2027-01-04"), d("2027-01-04"), "0",
                d("2027-01-04"), "owner", Severity.INFO, "x", Instant.EPOCH, AlertState.OPEN, null, null, null, null,
                List.of());
        assertEquals(review, collector.described(alert).kindText());
        collector.removeSource(plugin);
        assertEquals("the plug-in is gone: its kind is shown as it is", KindText.generic("REVIEW_DUE"),
                collector.described(alert).kindText());
    }
}

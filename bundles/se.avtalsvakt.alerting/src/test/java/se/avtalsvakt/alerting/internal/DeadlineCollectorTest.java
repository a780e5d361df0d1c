package se.avtalsvakt.alerting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.Test;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineFilter;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.deadline.Deadlines;
import se.avtalsvakt.api.deadline.KindText;
import se.avtalsvakt.api.page.PageRequest;

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

    @Test
    public void aWindowComesInPagesInKeyOrderWithoutRepeatsAndWithTheTotal() {
        DeadlineCollector collector = new DeadlineCollector();
        List<Deadline> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String day = LocalDate.of(2027, 1, 1).plusDays(i % 40).toString();
            many.add(new Deadline("a", "s" + i, "S", i % 2 == 0 ? "TERM_END" : "NOTICE_DEADLINE", d(day), d(day),
                    i % 3 == 0 ? "vgr" : "lilla-edet", "x"));
        }
        Collections.shuffle(many, new Random(7));
        collector.addSource(source("a", many));

        List<String> keys = new ArrayList<>();
        PageRequest request = PageRequest.first(100);
        int pages = 0;
        while (request != null) {
            DeadlineCollector.Window w = collector.window(d("2026-01-01"), d("2028-01-01"),
                    DeadlineFilter.ALL, request);
            assertEquals(250, w.total());
            w.page().items().forEach(x -> keys.add(Deadlines.key(x)));
            pages++;
            request = w.page().next() == null ? null : request.next(
                    Deadlines.key(w.page().items().get(w.page().items().size() - 1)));
        }
        assertEquals(3, pages);
        assertEquals(250, new HashSet<>(keys).size());
        List<String> sorted = new ArrayList<>(keys);
        Collections.sort(sorted);
        assertEquals(sorted, keys);
        assertEquals(collector.between(d("2026-01-01"), d("2028-01-01")).stream()
                .map(Deadlines::key).toList(), keys);
    }

    @Test
    public void aFilterOnTheSourceAsksOnlyThatSourceAndOwnerAndKindFilterTheRest() {
        DeadlineCollector collector = new DeadlineCollector();
        collector.addSource(new DeadlineSource() {
            @Override
            public String id() {
                return "other";
            }

            @Override
            public List<Deadline> deadlines(LocalDate from, LocalDate to) {
                throw new AssertionError("not asked: the filter names another source");
            }
        });
        collector.addSource(source("a", List.of(
                new Deadline("a", "x", "X", "TERM_END", d("2027-01-01"), d("2027-01-01"), "vgr", "x"),
                new Deadline("a", "y", "Y", "TERM_END", d("2027-01-02"), d("2027-01-02"), "lilla-edet", "x"),
                new Deadline("a", "z", "Z", "NOTICE_DEADLINE", d("2027-01-03"), d("2027-01-03"), "vgr", "x"))));

        var page = collector.page(d("2026-01-01"), d("2028-01-01"),
                new DeadlineFilter("vgr", "TERM_END", "a"),
                PageRequest.first());
        assertEquals(List.of("x"), page.items().stream().map(Deadline::subject).toList());
        assertEquals(null, page.next());
        assertEquals(2, collector.between(d("2026-01-01"), d("2028-01-01"),
                new DeadlineFilter("vgr", null, "a")).size());
    }
}

package se.avtalsvakt.reporting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.Deadlines;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.obligation.ObligationService;

/** The feed's window and filters, and that it is written event by event rather than built whole. */
public class CalendarFeedStreamTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** A long list of deadlines made as they are read, remembering how far it has been read. */
    private static final class Synthetic extends AbstractList<Deadline> {
        final int size;
        final AtomicInteger furthest = new AtomicInteger(-1);

        Synthetic(int size) {
            this.size = size;
        }

        @Override
        public Deadline get(int i) {
            furthest.accumulateAndGet(i, Math::max);
            LocalDate day = TODAY.plusDays(i / 50);
            return new Deadline("supplier", "hmc/D" + i, "Leverans D" + i, "DELIVERY_CHECK", day, day, "boras",
                    "Kontrollera leveransen");
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Records, for every write, how far the deadlines had been read when it came. */
    private static final class Watching extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> readAtWrite = new ArrayList<>();
        final Synthetic source;

        Watching(Synthetic source) {
            this.source = source;
        }

        @Override
        public void write(int b) {
            readAtWrite.add(source.furthest.get());
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            readAtWrite.add(source.furthest.get());
            bytes.write(b, off, len);
        }
    }

    @Test
    public void aLongFeedIsWrittenAsItIsReadAndParsesBackValid() throws Exception {
        Synthetic deadlines = new Synthetic(10_000);
        Watching out = new Watching(deadlines);
        CalendarFeed.write(deadlines, "Borås", id -> "Borås stad", d -> DeadlineCalendar.label(d.kind()), out);

        assertTrue("the first bytes left before most deadlines were read: " + out.readAtWrite.get(0),
                out.readAtWrite.get(0) < 1_000);
        assertTrue("written in many pieces: " + out.readAtWrite.size(), out.readAtWrite.size() > 100);
        long whileReading = out.readAtWrite.stream().filter(i -> i < deadlines.size - 1).count();
        assertTrue("most pieces were written while the list was still being read",
                whileReading > out.readAtWrite.size() / 2);

        String text = out.bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        ICalendar ical = Biweekly.parse(text).first();
        assertEquals(10_000, ical.getEvents().size());
        assertEquals("Avtalsvakt – tidsfrister (Borås)", ical.getNames().get(0).getValue());
        VEvent last = ical.getEvents().get(9_999);
        assertEquals("Leveranskontroll: Leverans D9999", last.getSummary().getValue());
        assertTrue(last.getDescription().getValue().contains("Ansvarig: Borås stad"));
        assertEquals(10_000, ical.getEvents().stream().map(e -> e.getUid().getValue()).distinct().count());
        ValidationWarnings warnings = ical.validate(biweekly.ICalVersion.V2_0);
        assertTrue(warnings.toString(), warnings.isEmpty());
    }

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<List<LocalDate>> window = new AtomicReference<>();

    private CalendarFeed feed() {
        Deadlines deadlines = Fakes.of(Deadlines.class, Map.of("between", a -> {
            reads.incrementAndGet();
            window.set(List.of((LocalDate) a[0], (LocalDate) a[1]));
            return List.of(
                    new Deadline("agreement", "avtal-a", "Avtal A", "NOTICE_DEADLINE", TODAY.plusDays(10),
                            TODAY.plusDays(10), null, ""),
                    new Deadline("agreement", "avtal-a", "Avtal A", "TERM_END", TODAY.plusDays(20),
                            TODAY.plusDays(20), null, ""),
                    new Deadline("obligation", "plan:2027-01-01", "Uppföljning", "OBLIGATION_DUE",
                            TODAY.plusDays(30), TODAY.plusDays(30), null, ""));
        }));
        DeadlineCalendar calendar = new DeadlineCalendar(deadlines, Fakes.of(AgreementService.class, Map.of()),
                Fakes.of(ObligationService.class, Map.of()), Fakes.of(GovernanceService.class, Map.of()));
        PlatformClock clock = Fakes.of(PlatformClock.class, Map.of("today", a -> TODAY));
        return new CalendarFeed(calendar, settings(), clock);
    }

    private static ReportSettings settings() {
        return new ReportSettings(new ReportingConfig() {
            public Class<? extends Annotation> annotationType() {
                return ReportingConfig.class;
            }

            public String[] netResults() {
                return new String[0];
            }

            public int calendarMonthsBack() {
                return 12;
            }

            public int calendarMonthsAhead() {
                return 24;
            }

            public String[] mainAreas() {
                return new String[0];
            }

            public String costAllocationAgreement() {
                return "";
            }
        });
    }

    private static String text(CalendarFeed.Feed feed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed.body().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void theDefaultWindowIsAYearBackAndTwoAhead() throws Exception {
        CalendarFeed.Feed feed = feed().feed(CalendarFeed.Query.all());
        assertEquals(LocalDate.of(2025, 11, 22), feed.from());
        assertEquals(LocalDate.of(2028, 11, 22), feed.to());
        assertEquals("nothing is read until the feed is written", 0, reads.get());
        assertEquals(3, Biweekly.parse(text(feed)).first().getEvents().size());
        assertEquals(List.of(feed.from(), feed.to()), window.get());
        assertEquals("avtalsvakt.ics", feed.fileName());
    }

    @Test
    public void aWindowAskedForIsUsedAndMayBeAtMostTenYears() {
        CalendarFeed.Feed feed = feed().feed(new CalendarFeed.Query(LocalDate.of(2020, 1, 1),
                LocalDate.of(2029, 12, 31), null, null, Set.of(), Set.of()));
        assertEquals(LocalDate.of(2029, 12, 31), feed.to());
        CalendarFeed.Feed later = feed().feed(new CalendarFeed.Query(LocalDate.of(2030, 1, 1), null, null, null,
                Set.of(), Set.of()));
        assertEquals("a from after the default end gets the default length", LocalDate.of(2033, 1, 1), later.to());
        refused("to", new CalendarFeed.Query(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 2), null, null,
                Set.of(), Set.of()));
        refused("to", new CalendarFeed.Query(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), null, null,
                Set.of(), Set.of()));
        refused("to", new CalendarFeed.Query(null, LocalDate.of(2040, 1, 1), null, null, Set.of(), Set.of()));
        refused("kind", new CalendarFeed.Query(null, null, null, null, Set.of("notice deadline"), Set.of()));
        refused("source", new CalendarFeed.Query(null, null, null, null, Set.of(), Set.of("Agreement!")));
        assertEquals(0, reads.get());
    }

    private void refused(String field, CalendarFeed.Query q) {
        try {
            feed().feed(q);
            fail("accepted " + q);
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), field, e.problems().get(0).path());
        }
    }

    @Test
    public void kindsAndSourcesFilterTheFeed() throws Exception {
        List<String> kinds = summaries(feed().feed(new CalendarFeed.Query(null, null, null, null,
                Set.of("NOTICE_DEADLINE", "OBLIGATION_DUE"), Set.of())));
        assertEquals(List.of("Sista dag för uppsägning: Avtal A", "Åtagande (uppföljning, utvärdering, rapport): "
                + "Uppföljning"), kinds);
        List<String> sources = summaries(feed().feed(new CalendarFeed.Query(null, null, null, null, Set.of(),
                Set.of("agreement"))));
        assertEquals(2, sources.size());
        assertEquals(1, summaries(feed().feed(new CalendarFeed.Query(null, null, null, null, Set.of("TERM_END"),
                Set.of("agreement")))).size());
        assertEquals(0, summaries(feed().feed(new CalendarFeed.Query(null, null, null, null, Set.of("TERM_END"),
                Set.of("obligation")))).size());
    }

    private static List<String> summaries(CalendarFeed.Feed feed) throws Exception {
        return Biweekly.parse(text(feed)).first().getEvents().stream().map(e -> e.getSummary().getValue())
                .toList();
    }
}

package se.avtalsvakt.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.AbstractList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.ICalComponent;
import biweekly.component.VEvent;
import biweekly.io.scribe.component.ICalendarScribe;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.ICalDate;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.deadline.Deadline;

/**
 * The iCalendar feed of every deadline and meeting (biweekly): one all-day event per deadline on its practical date
 * (the day to act; the formal date is in the description when it differs). Each event's UID is derived from its
 * source, subject and kind, not drawn at random, so a subscribed calendar (Outlook, Google) updates an event whose
 * date moves instead of adding a second one.
 *
 * <p>The feed covers a bounded window (by default a year back and two years ahead, at most {@value #MAX_YEARS}
 * years) and is written event by event: biweekly's writer takes the calendar's components from its scribe, and
 * the scribe here makes each {@link VEvent} from its deadline only when the writer reaches it, so neither the
 * calendar nor its text is ever held whole.
 */
@Component(service = CalendarFeed.class)
public class CalendarFeed {

    static final String PRODUCT_ID = "-//Avtalsvakt//Tidsfrister//SV";

    /** The longest window one feed covers. */
    static final int MAX_YEARS = 10;

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /**
     * What a feed is asked for; null fields are not given.
     *
     * @param from         the first day, or null for the default
     * @param to           the last day, or null for the default
     * @param organisation only what concerns this organisation
     * @param body         only what this governance body owns or concerns
     * @param kinds        only these kinds (empty: every kind)
     * @param sources      only these sources (empty: every source)
     */
    public record Query(LocalDate from, LocalDate to, String organisation, String body, Set<String> kinds,
                        Set<String> sources) {

        public Query {
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
            sources = sources == null ? Set.of() : Set.copyOf(sources);
        }

        /** @return everything in the default window */
        public static Query all() {
            return new Query(null, null, null, null, Set.of(), Set.of());
        }
    }

    /**
     * A feed ready to be written.
     *
     * @param from     the window's first day
     * @param to       the window's last day
     * @param fileName a file name for it
     * @param body     writes it
     */
    public record Feed(LocalDate from, LocalDate to, String fileName, Writer body) {
    }

    /** Writes a feed to a stream, leaving it open. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private final DeadlineCalendar calendar;
    private final ReportSettings settings;
    private final PlatformClock clock;

    @Activate
    public CalendarFeed(@Reference DeadlineCalendar calendar, @Reference ReportSettings settings,
            @Reference PlatformClock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks the query and settles the window, without reading any deadline (enough for {@code HEAD}).
     *
     * @return the feed; its deadlines are read when it is written
     * @throws ValidationException naming {@code from}, {@code to}, {@code kind} or {@code source}
     */
    public Feed feed(Query q) {
        LocalDate today = clock.today();
        LocalDate from = q.from() != null ? q.from() : today.minusMonths(settings.calendarMonthsBack());
        LocalDate to = q.to() != null ? q.to() : today.plusMonths(settings.calendarMonthsAhead());
        if (q.to() == null && to.isBefore(from)) {
            to = from.plusMonths(settings.calendarMonthsBack() + settings.calendarMonthsAhead());
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from (" + from + "): " + to);
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new ValidationException("to", "the feed covers at most " + MAX_YEARS + " years (from " + from
                    + "): " + to);
        }
        for (String kind : q.kinds()) {
            if (!KIND.matcher(kind).matches()) {
                throw new ValidationException("kind", "not a deadline kind (e.g. NOTICE_DEADLINE): '" + kind + "'");
            }
        }
        for (String source : q.sources()) {
            if (!SOURCE.matcher(source).matches()) {
                throw new ValidationException("source", "not a deadline source (e.g. agreement): '" + source + "'");
            }
        }
        LocalDate start = from;
        LocalDate end = to;
        return new Feed(from, to, fileNameOf(q), out -> write(q, start, end, out));
    }

    private void write(Query q, LocalDate from, LocalDate to, OutputStream out) throws IOException {
        List<Deadline> entries = calendar.entries(from, to, null, q.body(), q.organisation());
        if (!q.kinds().isEmpty() || !q.sources().isEmpty()) {
            entries = entries.stream().filter(d -> (q.kinds().isEmpty() || q.kinds().contains(d.kind()))
                    && (q.sources().isEmpty() || q.sources().contains(d.source()))).toList();
        }
        Function<String, String> names = calendar.names();
        String scope = q.organisation() != null ? names.apply(q.organisation()) : names.apply(q.body());
        write(entries, scope, names, calendar.labels(), out);
    }

    /** @return e.g. {@code avtalsvakt-lerum.ics}, only letters, digits, dots, dashes and underscores */
    public static String fileNameOf(Query q) {
        String name = "avtalsvakt" + (q.organisation() != null ? "-" + q.organisation() : "")
                + (q.body() != null ? "-" + q.body() : "");
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + ".ics";
    }

    /** @return the entries as an iCalendar, with ids as they are */
    static String write(List<Deadline> entries, String scope) {
        return write(entries, scope, id -> id);
    }

    /** @return the entries as an iCalendar text (for tests and short lists) */
    static String write(List<Deadline> entries, String scope, Function<String, String> names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(entries, scope, names, d -> DeadlineCalendar.label(d.kind()), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    /**
     * Writes the entries as an iCalendar, one event at a time: each {@link VEvent} is made when the writer reaches
     * it and dropped once written.
     *
     * @param entries the deadlines, in order; read once, in order
     * @param names   organisation and body ids to names
     * @param labels  a deadline's kind in Swedish
     * @param out     where to write; flushed, not closed
     */
    static void write(List<Deadline> entries, String scope, Function<String, String> names,
            Function<Deadline, String> labels, OutputStream out) throws IOException {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setName("Avtalsvakt – tidsfrister" + (scope != null ? " (" + scope + ")" : ""));
        ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0);
        writer.registerScribe(new EventsScribe(new Events(entries, names, labels)));
        writer.write(ical);
        writer.flush();
    }

    /** The calendar's scribe, whose components are the events made on the fly. */
    private static final class EventsScribe extends ICalendarScribe {
        private final Events events;

        EventsScribe(Events events) {
            this.events = events;
        }

        @Override
        public List<ICalComponent> getComponents(ICalendar component) {
            return events;
        }
    }

    /** The deadlines as events, each made when read (the writer reads them once, in order). */
    private static final class Events extends AbstractList<ICalComponent> implements RandomAccess {
        private final List<Deadline> entries;
        private final Function<String, String> names;
        private final Function<Deadline, String> labels;
        private final Set<String> used = new HashSet<>();

        Events(List<Deadline> entries, Function<String, String> names, Function<Deadline, String> labels) {
            this.entries = entries;
            this.names = names;
            this.labels = labels;
        }

        @Override
        public ICalComponent get(int index) {
            return event(entries.get(index), names, labels, used);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    private static VEvent event(Deadline d, Function<String, String> names, Function<Deadline, String> labels,
            Set<String> used) {
        VEvent event = new VEvent();
        String uid = uid(d);
        if (!used.add(uid)) {
            uid = uid.replace("@", "-" + d.date() + "@");
            used.add(uid);
        }
        event.setUid(uid);
        LocalDate day = d.effectiveDate();
        event.setDateStart(new DateStart(date(day), false));
        event.setDateEnd(new DateEnd(date(day.plusDays(1)), false));
        String label = labels.apply(d);
        event.setSummary(label + ": " + d.subjectTitle());
        StringBuilder text = new StringBuilder(d.description() != null ? d.description() : "");
        if (!day.equals(d.date())) {
            text.append("\nSenast ").append(LONG.format(day)).append(" — sista dag enligt avtalet ")
                    .append(LONG.format(d.date())).append('.');
        }
        if (d.owner() != null) {
            text.append("\nAnsvarig: ").append(names.apply(d.owner()));
        }
        event.setDescription(text.toString().trim());
        event.addCategories(label);
        return event;
    }

    /** @return a UID stable across runs: a hash of source, subject and kind */
    static String uid(Deadline d) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((d.source() + "\n" + d.subject() + "\n"
                    + d.kind()).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16) + "@avtalsvakt";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ICalDate date(LocalDate day) {
        return new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }
}

package se.avtalsvakt.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.ICalDate;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.deadline.Deadline;

/**
 * The iCalendar feed of every deadline and meeting (biweekly): one all-day event per deadline on its practical date
 * (the day to act; the formal date is in the description when it differs). Each event's UID is derived from its
 * source, subject and kind, not drawn at random, so a subscribed calendar (Outlook, Google) updates an event whose
 * date moves instead of adding a second one.
 */
@Component(service = CalendarFeed.class)
public class CalendarFeed {

    static final String PRODUCT_ID = "-//Avtalsvakt//Tidsfrister//SV";

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

    /** @return the feed for an organisation or a body (null: everything), as iCalendar text */
    public String feed(String organisation, String body) {
        LocalDate today = clock.today();
        List<Deadline> entries = calendar.entries(today.minusMonths(settings.calendarMonthsBack()),
                today.plusMonths(settings.calendarMonthsAhead()), null, body, organisation);
        java.util.function.Function<String, String> names = calendar.names();
        return write(entries, organisation != null ? names.apply(organisation) : names.apply(body), names);
    }

    /** @return the entries as an iCalendar, with ids as they are */
    static String write(List<Deadline> entries, String scope) {
        return write(entries, scope, id -> id);
    }

    private static final java.time.format.DateTimeFormatter LONG = java.time.format.DateTimeFormatter.ofPattern(
            "EEEE d MMMM yyyy", java.util.Locale.forLanguageTag("sv-SE"));

    /**
     * @param names organisation and body ids to names
     * @return the entries as an iCalendar
     */
    static String write(List<Deadline> entries, String scope, java.util.function.Function<String, String> names) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setName("Avtalsvakt – tidsfrister" + (scope != null ? " (" + scope + ")" : ""));
        Set<String> used = new HashSet<>();
        for (Deadline d : entries) {
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
            event.setSummary(DeadlineCalendar.label(d.kind()) + ": " + d.subjectTitle());
            StringBuilder text = new StringBuilder(d.description() != null ? d.description() : "");
            if (!day.equals(d.date())) {
                text.append("\nSenast ").append(LONG.format(day)).append(" — sista dag enligt avtalet ")
                        .append(LONG.format(d.date())).append('.');
            }
            if (d.owner() != null) {
                text.append("\nAnsvarig: ").append(names.apply(d.owner()));
            }
            event.setDescription(text.toString().trim());
            event.addCategories(DeadlineCalendar.label(d.kind()));
            ical.addEvent(event);
        }
        return Biweekly.write(ical).go();
    }

    /** @return a UID stable across runs: a hash of source, subject and kind */
    static String uid(Deadline d) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((d.source() + "\n" + d.subject() + "\n"
                    + d.kind()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16) + "@avtalsvakt";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ICalDate date(LocalDate day) {
        return new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }
}

package se.avtalsvakt.supplier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.supplier.internal.analysis.AnalysisQueries;
import se.avtalsvakt.supplier.internal.analysis.AnalysisQueries.Mismatch;
import se.avtalsvakt.supplier.internal.analysis.AnalysisQueries.UncheckedGroup;

/**
 * The delivery checks as deadlines and events (samarbetsavtalet §9, R6): one {@code DELIVERIES_UNCHECKED} deadline
 * per care provider, supplier and check deadline day, counting the unchecked deliveries behind it (computed by an
 * aggregate query, never one deadline per delivery), and two {@code DELIVERY_MISMATCH} events per delivery checked
 * as not matching its order: one to the care provider, one to the supplier.
 */
final class DeliveryCheckDeadlines {

    static final String DELIVERIES_UNCHECKED = "DELIVERIES_UNCHECKED";
    static final String DELIVERY_MISMATCH = "DELIVERY_MISMATCH";
    /** Five working days never span more than five weeks, even across Christmas and Easter. */
    static final int LONGEST_CHECK_SPAN_DAYS = 35;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    private final AnalysisQueries queries;
    private final UnaryOperator<LocalDate> checkDue;
    private final Function<String, String> names;
    private final ZoneId zone;

    /**
     * @param queries  the supplier tables
     * @param checkDue the last day to check a delivery made on a day
     * @param names    an organisation's name for people, by id
     * @param zone     the platform's time zone, for the recording day of a check
     */
    DeliveryCheckDeadlines(AnalysisQueries queries, UnaryOperator<LocalDate> checkDue,
            Function<String, String> names, ZoneId zone) {
        this.queries = queries;
        this.checkDue = checkDue;
        this.names = names;
        this.zone = zone;
    }

    /** @return the groups of unchecked deliveries whose check deadline lies in the window */
    List<Deadline> dueBetween(LocalDate from, LocalDate to) {
        List<UncheckedGroup> groups = queries.uncheckedGroups(from.minusDays(LONGEST_CHECK_SPAN_DAYS), to);
        return aggregate(groups, day -> !day.isBefore(from) && !day.isAfter(to));
    }

    /** @return the groups of unchecked deliveries whose check deadline lies before {@code today}, however old */
    List<Deadline> overdue(LocalDate today) {
        LocalDate latest = today.minusDays(1);
        while (!checkDue.apply(latest).isBefore(today)) {
            latest = latest.minusDays(1); // the last delivery day whose check deadline has passed
        }
        return aggregate(queries.uncheckedGroups(null, latest), day -> day.isBefore(today));
    }

    private record GroupKey(String careProvider, String supplier, LocalDate deadline) implements Comparable<GroupKey> {
        @Override
        public int compareTo(GroupKey o) {
            int c = deadline.compareTo(o.deadline);
            c = c != 0 ? c : careProvider.compareTo(o.careProvider);
            return c != 0 ? c : supplier.compareTo(o.supplier);
        }
    }

    private static final class Group {
        int count;
        LocalDate first;
        LocalDate last;
    }

    private List<Deadline> aggregate(List<UncheckedGroup> rows, java.util.function.Predicate<LocalDate> keep) {
        Map<LocalDate, LocalDate> dueOn = new java.util.HashMap<>();
        Map<GroupKey, Group> groups = new TreeMap<>();
        for (UncheckedGroup r : rows) {
            LocalDate deadline = dueOn.computeIfAbsent(r.deliveredOn(), checkDue);
            if (!keep.test(deadline)) {
                continue;
            }
            Group g = groups.computeIfAbsent(new GroupKey(r.careProvider(), r.supplier(), deadline), k -> new Group());
            g.count += r.count();
            g.first = g.first == null || r.deliveredOn().isBefore(g.first) ? r.deliveredOn() : g.first;
            g.last = g.last == null || r.deliveredOn().isAfter(g.last) ? r.deliveredOn() : g.last;
        }
        Map<String, String> named = new java.util.HashMap<>();
        Function<String, String> name = id -> named.computeIfAbsent(id, names);
        List<Deadline> deadlines = new ArrayList<>(groups.size());
        groups.forEach((k, g) -> deadlines.add(unchecked(k, g, name)));
        return deadlines;
    }

    private static Deadline unchecked(GroupKey k, Group g, Function<String, String> name) {
        String supplier = name.apply(k.supplier());
        String careProvider = name.apply(k.careProvider());
        String delivered = g.first.equals(g.last) ? DAY.format(g.first)
                : DAY.format(g.first) + " – " + DAY.format(g.last);
        String description = g.count + (g.count == 1 ? " leverans" : " leveranser") + " från " + supplier
                + (g.count == 1 ? " är inte kontrollerad" : " är inte kontrollerade") + " inom fem arbetsdagar. "
                + (g.count == 1 ? "Levererad " : "Levererade ") + delivered + " till " + careProvider
                + "; kontrollera mot beställningarna och registrera kontrollerna (samarbetsavtalet §9).";
        return new Deadline(SupplierDeadlineSource.SOURCE, k.careProvider() + "/" + k.supplier() + "/" + k.deadline(),
                "Leveranser från " + supplier + " till " + careProvider, DELIVERIES_UNCHECKED, k.deadline(),
                k.deadline(), k.careProvider(), description);
    }

    /** @return two events per delivery checked as not matching its order on a day in the window */
    List<Deadline> mismatchesCheckedBetween(LocalDate from, LocalDate to) {
        return mismatchEvents(queries.mismatchesCheckedBetween(from, to));
    }

    /** @return two events per delivery whose mismatching check was recorded on a day in the window */
    List<Deadline> mismatchesRecordedBetween(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return mismatchEvents(queries.mismatchesRecordedBetween(start, end));
    }

    private List<Deadline> mismatchEvents(List<Mismatch> mismatches) {
        Map<String, String> named = new java.util.HashMap<>();
        Function<String, String> name = id -> named.computeIfAbsent(id, names);
        List<Deadline> events = new ArrayList<>(mismatches.size() * 2);
        for (Mismatch m : mismatches) {
            String supplier = name.apply(m.supplier());
            String careProvider = name.apply(m.careProvider());
            String title = "Leverans " + m.deliveryId() + " från " + supplier + " till " + careProvider;
            String description = "Leveransen " + m.deliveryId() + (m.article() == null ? "" : " (artikel "
                    + m.article() + (m.quantity() == null ? "" : ", antal " + m.quantity()) + ")")
                    + ", levererad " + DAY.format(m.deliveredOn()) + ", stämmer inte med beställningen"
                    + (m.orderId() == null ? "" : " " + m.orderId()) + " enligt kontrollen " + DAY.format(m.checkedOn())
                    + (m.note() == null ? "." : ": " + m.note() + (m.note().endsWith(".") ? "" : "."));
            String subject = m.supplier() + "/" + m.deliveryId();
            events.add(new Deadline(SupplierDeadlineSource.SOURCE, subject + "/vardgivare", title, DELIVERY_MISMATCH,
                    m.checkedOn(), m.checkedOn(), m.careProvider(), description
                            + " Reds ut med " + supplier + "."));
            events.add(new Deadline(SupplierDeadlineSource.SOURCE, subject + "/leverantor", title, DELIVERY_MISMATCH,
                    m.checkedOn(), m.checkedOn(), m.supplier(), description
                            + " Reds ut med " + careProvider + "."));
        }
        return events;
    }
}

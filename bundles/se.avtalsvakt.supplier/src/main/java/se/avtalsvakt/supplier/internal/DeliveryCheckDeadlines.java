package se.avtalsvakt.supplier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.TreeSet;
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
 * as not matching its order: one to the care provider, one to the supplier; when more than
 * {@link #MISMATCHES_ONE_BY_ONE} of one care provider from one supplier are checked on one day, two events for them
 * all.
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
                + "; kontrollera mot beställningarna och registrera kontrollerna (samarbetsavtalet §9). "
                + (g.count == 1 ? "Vilken leverans det gäller" : "Vilka leveranser det gäller")
                + " visar listan över okontrollerade leveranser till " + careProvider + " från " + supplier
                + " med sista kontrolldag " + DAY.format(k.deadline()) + ".";
        return new Deadline(SupplierDeadlineSource.SOURCE, k.careProvider() + "/" + k.supplier() + "/" + k.deadline(),
                "Leveranser från " + supplier + " till " + careProvider, DELIVERIES_UNCHECKED, k.deadline(),
                k.deadline(), k.careProvider(), description);
    }

    /**
     * Mismatches of one care provider's deliveries from one supplier checked on one day that are alerted one by
     * one, two events each; more than this (a whole file of checks saying no) are one event to each side.
     */
    static final int MISMATCHES_ONE_BY_ONE = 10;
    /** Delivery ids named in the event of many mismatches; the rest are counted. */
    static final int DELIVERIES_NAMED = 5;

    /**
     * @return per delivery checked as not matching its order on a day in the window two events (to the care
     *         provider and to the supplier), or, for more than {@link #MISMATCHES_ONE_BY_ONE} of one care provider
     *         from one supplier on one day, two events for them all
     */
    List<Deadline> mismatchesCheckedBetween(LocalDate from, LocalDate to) {
        return mismatchEvents(groups(queries.mismatchesCheckedBetween(from, to)), null);
    }

    /**
     * @return the events of the deliveries whose mismatching check was recorded on a day in the window: the same
     *         events {@link #mismatchesCheckedBetween} gives for them (a group's size is that of all its checks, not
     *         only of those recorded in the window)
     */
    List<Deadline> mismatchesRecordedBetween(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<Mismatch> recorded = queries.mismatchesRecordedBetween(start, end);
        if (recorded.isEmpty()) {
            return List.of();
        }
        Set<String> recordedIds = new HashSet<>();
        Set<MismatchKey> keys = new HashSet<>();
        Set<LocalDate> days = new TreeSet<>();
        for (Mismatch m : recorded) {
            recordedIds.add(m.supplier() + "/" + m.deliveryId());
            keys.add(MismatchKey.of(m));
            days.add(m.checkedOn());
        }
        List<Mismatch> all = new ArrayList<>();
        for (LocalDate day : days) {
            all.addAll(queries.mismatchesCheckedBetween(day, day));
        }
        Map<MismatchKey, List<Mismatch>> groups = groups(all);
        groups.keySet().retainAll(keys);
        return mismatchEvents(groups, recordedIds);
    }

    private record MismatchKey(String supplier, String careProvider, LocalDate checkedOn) {
        static MismatchKey of(Mismatch m) {
            return new MismatchKey(m.supplier(), m.careProvider(), m.checkedOn());
        }
    }

    private static Map<MismatchKey, List<Mismatch>> groups(List<Mismatch> mismatches) {
        Map<MismatchKey, List<Mismatch>> groups = new LinkedHashMap<>();
        for (Mismatch m : mismatches) {
            groups.computeIfAbsent(MismatchKey.of(m), k -> new ArrayList<>()).add(m);
        }
        return groups;
    }

    /**
     * @param only the deliveries ({@code supplier/delivery id}) whose own events to give, or null for all; a group
     *             alerted as a whole is given whole
     */
    private List<Deadline> mismatchEvents(Map<MismatchKey, List<Mismatch>> groups, Set<String> only) {
        Map<String, String> named = new java.util.HashMap<>();
        Function<String, String> name = id -> named.computeIfAbsent(id, names);
        List<Deadline> events = new ArrayList<>();
        groups.forEach((k, ms) -> {
            if (ms.size() > MISMATCHES_ONE_BY_ONE) {
                events.addAll(manyMismatches(k, ms, name));
                return;
            }
            for (Mismatch m : ms) {
                if (only == null || only.contains(m.supplier() + "/" + m.deliveryId())) {
                    events.addAll(mismatch(m, name));
                }
            }
        });
        return events;
    }

    private static List<Deadline> mismatch(Mismatch m, Function<String, String> name) {
        String supplier = name.apply(m.supplier());
        String careProvider = name.apply(m.careProvider());
        String title = "Leverans " + m.deliveryId() + " från " + supplier + " till " + careProvider;
        String description = "Leveransen " + m.deliveryId() + (m.article() == null ? "" : " (artikel "
                + m.article() + (m.quantity() == null ? "" : ", antal " + m.quantity()) + ")")
                + ", levererad " + DAY.format(m.deliveredOn()) + ", stämmer inte med beställningen"
                + (m.orderId() == null ? "" : " " + m.orderId()) + " enligt kontrollen " + DAY.format(m.checkedOn())
                + (m.note() == null ? "." : ": " + m.note() + (m.note().endsWith(".") ? "" : "."));
        String subject = m.supplier() + "/" + m.deliveryId();
        return List.of(new Deadline(SupplierDeadlineSource.SOURCE, subject + "/vardgivare", title, DELIVERY_MISMATCH,
                m.checkedOn(), m.checkedOn(), m.careProvider(), description + " Reds ut med " + supplier + "."),
                new Deadline(SupplierDeadlineSource.SOURCE, subject + "/leverantor", title, DELIVERY_MISMATCH,
                        m.checkedOn(), m.checkedOn(), m.supplier(), description + " Reds ut med " + careProvider
                                + "."));
    }

    private static List<Deadline> manyMismatches(MismatchKey k, List<Mismatch> ms, Function<String, String> name) {
        String supplier = name.apply(k.supplier());
        String careProvider = name.apply(k.careProvider());
        String day = DAY.format(k.checkedOn());
        String title = "Leveranser från " + supplier + " till " + careProvider + " kontrollerade " + day;
        List<String> ids = ms.stream().map(Mismatch::deliveryId).limit(DELIVERIES_NAMED).toList();
        String description = ms.size() + " leveranser från " + supplier + " till " + careProvider
                + " stämmer inte med beställningarna enligt kontrollerna " + day + ", bland dem "
                + String.join(", ", ids) + ". Alla finns i listan över leveranser till " + careProvider + " från "
                + supplier + " med kontrollernas anteckningar.";
        String subject = k.supplier() + "/" + k.careProvider() + "/" + k.checkedOn();
        return List.of(new Deadline(SupplierDeadlineSource.SOURCE, subject + "/vardgivare", title, DELIVERY_MISMATCH,
                k.checkedOn(), k.checkedOn(), k.careProvider(), description + " Reds ut med " + supplier + "."),
                new Deadline(SupplierDeadlineSource.SOURCE, subject + "/leverantor", title, DELIVERY_MISMATCH,
                        k.checkedOn(), k.checkedOn(), k.supplier(), description + " Reds ut med " + careProvider
                                + "."));
    }
}

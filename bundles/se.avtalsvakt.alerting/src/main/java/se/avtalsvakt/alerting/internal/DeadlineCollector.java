package se.avtalsvakt.alerting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineFilter;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.deadline.Deadlines;
import se.avtalsvakt.api.deadline.KindText;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/**
 * Gathers the deadlines of every {@link DeadlineSource} service (whiteboard). A source that fails is logged and
 * left out; the others still answer. It also answers what a kind means, from the source that emits it: alerting
 * itself knows no kind.
 */
@Component(service = {Deadlines.class, DeadlineCollector.class})
public class DeadlineCollector implements Deadlines {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineCollector.class);

    /** The order of {@link Deadlines#key(Deadline)}: practical date, source, subject, kind, date. */
    static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::effectiveDate)
            .thenComparing(Deadline::source).thenComparing(Deadline::subject).thenComparing(Deadline::kind)
            .thenComparing(Deadline::date, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<DeadlineSource> sources = new CopyOnWriteArrayList<>();
    /** Told the id of each source once it can be asked: alerting scans a source that arrives late. */
    private volatile java.util.function.Consumer<String> arrivals = id -> { };

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(DeadlineSource source) {
        sources.add(source);
        arrivals.accept(source.id());
    }

    /**
     * @param listener told a source's id when it is bound here, so a scan asked for on its arrival finds it (a
     *                 component that binds the same service itself may be told first, before this collector)
     */
    void onArrival(java.util.function.Consumer<String> listener) {
        arrivals = listener;
    }

    void removeSource(DeadlineSource source) {
        sources.remove(source);
    }

    @Override
    public List<Deadline> between(LocalDate from, LocalDate to) {
        return between(from, to, DeadlineFilter.ALL);
    }

    /** Asks only the sources the filter lets through. */
    @Override
    public List<Deadline> between(LocalDate from, LocalDate to, DeadlineFilter filter) {
        List<Deadline> all = new ArrayList<>();
        ask(from, to, filter, all::add);
        all.sort(ORDER);
        return all;
    }

    /** One page of a window and how many deadlines pass the filter in all. */
    public record Window(Page<Deadline> page, int total) {
    }

    @Override
    public Page<Deadline> page(LocalDate from, LocalDate to, DeadlineFilter filter, PageRequest request) {
        return window(from, to, filter, request).page();
    }

    /**
     * @return the page, picked from the sources' answers without sorting them all: only the page (and one more)
     *         are kept and sorted
     */
    public Window window(LocalDate from, LocalDate to, DeadlineFilter filter, PageRequest request) {
        Optional<String> after = request.after();
        int keep = request.limit() + 1;
        Comparator<Keyed> byKey = Comparator.comparing(Keyed::key);
        PriorityQueue<Keyed> first = new PriorityQueue<>(byKey.reversed()); // the greatest kept key on top
        int[] total = {0};
        ask(from, to, filter, d -> {
            total[0]++;
            String key = Deadlines.key(d);
            if (after.isPresent() && key.compareTo(after.get()) <= 0) {
                return;
            }
            if (first.size() < keep) {
                first.add(new Keyed(key, d));
            } else if (key.compareTo(first.peek().key()) < 0) {
                first.poll();
                first.add(new Keyed(key, d));
            }
        });
        List<Keyed> sorted = new ArrayList<>(first);
        sorted.sort(byKey);
        return new Window(Page.of(sorted.stream().map(Keyed::deadline).toList(), request, Deadlines::key),
                total[0]);
    }

    private record Keyed(String key, Deadline deadline) {
    }

    private void ask(LocalDate from, LocalDate to, DeadlineFilter filter, java.util.function.Consumer<Deadline> sink) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
        for (DeadlineSource source : sources) {
            if (!filter.asks(source.id())) {
                continue;
            }
            try {
                for (Deadline d : source.deadlines(from, to)) {
                    if (filter.matches(d)) {
                        sink.accept(d);
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("Deadline source {} failed and is left out: {}", source.id(), e.getMessage(), e);
            }
        }
    }

    /** @return the ids of the sources installed now */
    Set<String> sourceIds() {
        Set<String> ids = new TreeSet<>();
        sources.forEach(s -> ids.add(s.id()));
        return ids;
    }

    /**
     * @return the text the source with that id gives the kind, or the generic text when no installed source
     *         describes it (or the source fails to)
     */
    @Override
    public KindText text(String source, String kind) {
        for (DeadlineSource s : sources) {
            if (!s.id().equals(source)) {
                continue;
            }
            try {
                Optional<KindText> text = s.text(kind);
                if (text != null && text.isPresent()) {
                    return text.get();
                }
            } catch (RuntimeException e) {
                LOG.warn("Deadline source {} gave no text for {}: {}", source, kind, e.getMessage());
            }
        }
        return KindText.generic(kind);
    }

    /** @return the alert with the text of its kind, from its source */
    public Alert described(Alert alert) {
        return alert.withKindText(text(alert.source(), alert.kind()));
    }

    /** @return the alerts with the texts of their kinds */
    public List<Alert> described(List<Alert> alerts) {
        return alerts.stream().map(this::described).toList();
    }

    /** What the sources that answered report for one scan. */
    record Gathered(Map<String, List<AlertPlanner.Item>> current, Map<String, AlertPlanner.Late> late) {
    }

    /**
     * @param from      the first day of the window of deadlines and events
     * @param to        the last day of that window
     * @param today     the platform date: deadlines overdue on it are asked for
     * @param lastScans per source, the day of its last scan: events recorded from that day to {@code today} are
     *                  asked for (from {@code today} for a source never scanned)
     * @return per source that answered: its deadlines and events in the window, its overdue deadlines and its
     *         events recorded since its last scan. A source that failed is left out, so that its alerts are not taken
     *         for met.
     */
    Gathered gather(LocalDate from, LocalDate to, LocalDate today, Map<String, LocalDate> lastScans) {
        return gather(from, to, today, lastScans, null);
    }

    /**
     * As {@link #gather(LocalDate, LocalDate, LocalDate, Map)}, asking only some sources; each source is asked once
     * for each of its four lists.
     *
     * @param only the ids of the sources to ask, or null for all
     */
    Gathered gather(LocalDate from, LocalDate to, LocalDate today, Map<String, LocalDate> lastScans,
            Set<String> only) {
        Map<String, List<AlertPlanner.Item>> bySource = new HashMap<>();
        Map<String, AlertPlanner.Late> late = new HashMap<>();
        for (DeadlineSource source : sources) {
            if (only != null && !only.contains(source.id())) {
                continue;
            }
            try {
                List<AlertPlanner.Item> items = new ArrayList<>();
                source.deadlines(from, to).forEach(d -> items.add(new AlertPlanner.Item(d, false)));
                source.events(from, to).forEach(d -> items.add(new AlertPlanner.Item(d, true)));
                LocalDate recordedFrom = lastScans.getOrDefault(source.id(), today);
                if (recordedFrom.isAfter(today)) {
                    recordedFrom = today; // the clock was moved back
                }
                List<Deadline> overdue = source.overdue(today);
                List<Deadline> recorded = source.eventsRecorded(recordedFrom, today);
                bySource.computeIfAbsent(source.id(), id -> new ArrayList<>()).addAll(items);
                late.merge(source.id(), new AlertPlanner.Late(overdue, recorded), (a, b) -> new AlertPlanner.Late(
                        concat(a.overdue(), b.overdue()), concat(a.recorded(), b.recorded())));
            } catch (RuntimeException e) {
                LOG.error("Deadline source {} failed; its alerts are left as they are: {}", source.id(),
                        e.getMessage(), e);
            }
        }
        return new Gathered(bySource, late);
    }

    private static List<Deadline> concat(List<Deadline> a, List<Deadline> b) {
        List<Deadline> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

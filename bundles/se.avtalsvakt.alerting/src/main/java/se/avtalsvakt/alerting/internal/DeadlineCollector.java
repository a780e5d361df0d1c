package se.avtalsvakt.alerting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.deadline.Deadlines;

/**
 * Gathers the deadlines of every {@link DeadlineSource} service (whiteboard). A source that fails is logged and
 * left out; the others still answer.
 */
@Component(service = {Deadlines.class, DeadlineCollector.class})
public class DeadlineCollector implements Deadlines {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineCollector.class);

    static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::effectiveDate)
            .thenComparing(Deadline::source).thenComparing(Deadline::subject).thenComparing(Deadline::kind);

    private final List<DeadlineSource> sources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(DeadlineSource source) {
        sources.add(source);
    }

    void removeSource(DeadlineSource source) {
        sources.remove(source);
    }

    @Override
    public List<Deadline> between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
        List<Deadline> all = new ArrayList<>();
        for (DeadlineSource source : sources) {
            try {
                all.addAll(source.deadlines(from, to));
            } catch (RuntimeException e) {
                LOG.error("Deadline source {} failed and is left out: {}", source.id(), e.getMessage(), e);
            }
        }
        all.sort(ORDER);
        return all;
    }

    /**
     * @return per source that answered: its deadlines and events in the window. A source that failed is left out,
     *         so that its alerts are not taken for met.
     */
    Map<String, List<AlertPlanner.Item>> gather(LocalDate from, LocalDate to) {
        Map<String, List<AlertPlanner.Item>> bySource = new HashMap<>();
        for (DeadlineSource source : sources) {
            try {
                List<AlertPlanner.Item> items = new ArrayList<>();
                source.deadlines(from, to).forEach(d -> items.add(new AlertPlanner.Item(d, false)));
                source.events(from, to).forEach(d -> items.add(new AlertPlanner.Item(d, true)));
                bySource.computeIfAbsent(source.id(), id -> new ArrayList<>()).addAll(items);
            } catch (RuntimeException e) {
                LOG.error("Deadline source {} failed; its alerts are left as they are: {}", source.id(),
                        e.getMessage(), e);
            }
        }
        return bySource;
    }
}

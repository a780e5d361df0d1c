package se.avtalsvakt.alerting.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

/**
 * The scans the guard holds, in memory, per deadline source: what a held scan would have raised from it. A source
 * is no longer held once a scan that asked it is carried out (after an operator's go-ahead, or because the source
 * no longer reports as much). After a restart the first scan finds out again.
 */
@Component(service = HeldScans.class)
public class HeldScans {

    /** What a held scan would raise from one source. */
    record Held(LocalDate today, Map<String, Integer> byKind, int guard) {
        Held {
            byKind = Map.copyOf(byKind);
        }
    }

    /** What is held now, over every source. */
    record Summary(LocalDate today, Map<String, Integer> byKind, int guard, Collection<String> sources) {
        int count() {
            return ScanSummary.total(byKind);
        }
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    /**
     * Holds these sources: the scan of {@code today} would raise {@code bySource} from each.
     *
     * @return true if that is news: some source was not held, or held with other counts
     */
    boolean hold(LocalDate today, Map<String, Map<String, Integer>> bySource, int guard) {
        boolean changed = false;
        for (Map.Entry<String, Map<String, Integer>> e : bySource.entrySet()) {
            Held h = new Held(today, e.getValue(), guard);
            changed |= !h.equals(held.put(e.getKey(), h));
        }
        return changed;
    }

    /** These sources were scanned and the scan carried out. */
    void release(Collection<String> sources) {
        sources.forEach(held::remove);
    }

    /** @return what is held, or empty if no scan is */
    Optional<Summary> summary() {
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> byKind = new TreeMap<>();
        LocalDate latest = null;
        int guard = 0;
        for (Held h : held.values()) {
            h.byKind().forEach((k, n) -> byKind.merge(k, n, Integer::sum));
            if (latest == null || h.today().isAfter(latest)) {
                latest = h.today();
            }
            guard = Math.max(guard, h.guard());
        }
        return Optional.of(new Summary(latest, byKind, guard, new java.util.TreeSet<>(held.keySet())));
    }
}

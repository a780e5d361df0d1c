package se.avtalsvakt.alerting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cap per kind and scan: of the alerts a plan raises, at most {@code maxPerKind} per deadline kind, the earliest
 * due first; the rest are left to later scans. Pure, like the planner.
 *
 * <p>A deadline's steps are kept or left together, and so are the resolutions that a step left out would cause
 * (an earlier step superseded by it), so that a deadline never loses its open alert to a step that was not raised.
 */
final class ScanLimits {

    /**
     * @param plan        the plan as it would be carried out
     * @param deferred    per kind, how many alerts were left to later scans
     * @param cutSources  the sources some of whose alerts were left out: their scan date must not advance
     */
    record Capped(AlertPlanner.Plan plan, Map<String, Integer> deferred, Set<String> cutSources) {

        /** @return how many alerts were left to later scans */
        int deferredCount() {
            return deferred.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private ScanLimits() {
    }

    /**
     * @param plan       what the planner would do
     * @param known      the alerts the plan was made from (to tell which deadline a resolution belongs to)
     * @param maxPerKind the most alerts of one kind to raise (at least one deadline's steps are always raised)
     * @return the plan within the cap
     */
    static Capped cap(AlertPlanner.Plan plan, List<AlertPlanner.Known> known, int maxPerKind) {
        Map<AlertPlanner.Key, List<AlertPlanner.Raise>> byKey = new LinkedHashMap<>();
        for (AlertPlanner.Raise r : plan.raise()) {
            byKey.computeIfAbsent(r.item().key(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<AlertPlanner.Key>> byKind = new TreeMap<>();
        byKey.keySet().forEach(k -> byKind.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(k));

        Set<AlertPlanner.Key> left = new HashSet<>();
        Map<String, Integer> deferred = new TreeMap<>();
        Set<String> cut = new HashSet<>();
        for (Map.Entry<String, List<AlertPlanner.Key>> kind : byKind.entrySet()) {
            List<AlertPlanner.Key> keys = kind.getValue();
            if (keys.stream().mapToInt(k -> byKey.get(k).size()).sum() <= maxPerKind) {
                continue;
            }
            keys.sort(Comparator.comparing((AlertPlanner.Key k) -> due(byKey.get(k)))
                    .thenComparing(AlertPlanner.Key::source).thenComparing(AlertPlanner.Key::subject)
                    .thenComparing(AlertPlanner.Key::dueDate));
            int taken = 0;
            boolean full = false;
            for (AlertPlanner.Key k : keys) {
                int size = byKey.get(k).size();
                if (!full && (taken == 0 || taken + size <= maxPerKind)) {
                    taken += size;
                } else {
                    full = true; // earliest due first: nothing later jumps the queue
                    left.add(k);
                    deferred.merge(kind.getKey(), size, Integer::sum);
                    cut.add(k.source());
                }
            }
        }
        if (left.isEmpty()) {
            return new Capped(plan, Map.of(), Set.of());
        }
        Map<Long, AlertPlanner.Key> keyOf = new HashMap<>();
        known.forEach(k -> keyOf.put(k.id(), k.key()));
        List<AlertPlanner.Raise> raise = plan.raise().stream().filter(r -> !left.contains(r.item().key())).toList();
        List<AlertPlanner.Resolve> resolve = plan.resolve().stream()
                .filter(r -> !(r.reason().startsWith(AlertPlanner.SUPERSEDED) && left.contains(keyOf.get(r.id()))))
                .toList();
        return new Capped(new AlertPlanner.Plan(raise, resolve), deferred, cut);
    }

    /** @return per kind, how many alerts the raises hold, by kind name */
    static Map<String, Integer> byKind(List<AlertPlanner.Raise> raise) {
        Map<String, Integer> count = new TreeMap<>();
        raise.forEach(r -> count.merge(r.item().deadline().kind(), 1, Integer::sum));
        return count;
    }

    private static LocalDate due(List<AlertPlanner.Raise> raises) {
        return raises.get(0).item().deadline().effectiveDate();
    }
}

package se.avtalsvakt.alerting.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one log line a scan writes (English, for operations): what it raised per kind, what it resolved, which
 * sources it asked and how long it took; what the cap left for later; or why it was held.
 */
final class ScanSummary {

    private ScanSummary() {
    }

    /**
     * @return e.g. {@code Alert scan 2026-11-22: 12 raised (DELIVERIES_UNCHECKED 9, NOTICE_DEADLINE 3), 4 resolved,
     *         3 sources (agreement, obligation, supplier), 180 ms}, with {@code ; 40 left for later scans
     *         (DELIVERIES_UNCHECKED 40; at most 500 per kind and scan)} when the cap cut it
     */
    static String done(LocalDate today, Map<String, Integer> raisedByKind, int resolved, Collection<String> sources,
            Map<String, Integer> deferredByKind, int maxPerKind, long millis) {
        int raised = total(raisedByKind);
        StringBuilder line = new StringBuilder("Alert scan ").append(today).append(": ").append(raised)
                .append(" raised");
        if (raised > 0) {
            line.append(" (").append(kinds(raisedByKind)).append(')');
        }
        line.append(", ").append(resolved).append(" resolved, ").append(sources(sources)).append(", ")
                .append(millis).append(" ms");
        int deferred = total(deferredByKind);
        if (deferred > 0) {
            line.append("; ").append(deferred).append(" left for later scans (").append(kinds(deferredByKind))
                    .append("; at most ").append(maxPerKind).append(" per kind and scan)");
        }
        return line.toString();
    }

    /**
     * @return e.g. {@code Alert scan 2026-11-22 held: it would raise 1200 alerts (DELIVERIES_UNCHECKED 1200), more
     *         than the guard of 1000; nothing was raised or resolved. Check the sources (1 source (supplier)), then
     *         release it with alert:scan --confirm or POST /api/v1/alerts/scan?confirm=true}
     */
    static String held(LocalDate today, Map<String, Integer> wouldRaise, int guard, Collection<String> sources) {
        return "Alert scan " + today + " held: it would raise " + total(wouldRaise) + " alerts ("
                + kinds(wouldRaise) + "), more than the guard of " + guard + "; nothing was raised or resolved. "
                + "Check the sources (" + sources(sources) + "), then release it with alert:scan --confirm or "
                + "POST /api/v1/alerts/scan?confirm=true";
    }

    static int total(Map<String, Integer> byKind) {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String kinds(Map<String, Integer> byKind) {
        return new TreeMap<>(byKind).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String sources(Collection<String> sources) {
        return sources.size() + (sources.size() == 1 ? " source (" : " sources (")
                + sources.stream().sorted().collect(Collectors.joining(", ")) + ")";
    }
}

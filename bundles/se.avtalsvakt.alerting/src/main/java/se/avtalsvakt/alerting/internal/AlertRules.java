package se.avtalsvakt.alerting.internal;

import java.util.HashMap;
import java.util.Map;

import se.avtalsvakt.api.alert.Severity;

/**
 * The rules alerts are raised by, read from the configuration: the ladder per deadline kind, who gets the alerts of
 * an owner, and how urgent a step is.
 */
final class AlertRules {

    /** The notice-deadline ladder the issue of R3 asks for: "in good time". */
    static final String NOTICE_LADDER = "540,365,180,90,30,7,0,passed";
    static final String TERM_END_LADDER = "90,30,0";
    /** Unchecked deliveries of a care provider: one alert, the day after the check deadline, if some are left. */
    static final String DELIVERIES_UNCHECKED_LADDER = "passed";

    private final Map<String, Ladder> ladders;
    private final Ladder defaultLadder;
    private final Ladder eventLadder;
    private final Map<String, String> routes;
    private final String defaultAddressee;
    private final int warningDays;
    private final int criticalDays;

    private AlertRules(Map<String, Ladder> ladders, Ladder defaultLadder, Ladder eventLadder,
            Map<String, String> routes, String defaultAddressee, int warningDays, int criticalDays) {
        this.ladders = Map.copyOf(ladders);
        this.defaultLadder = defaultLadder;
        this.eventLadder = eventLadder;
        this.routes = Map.copyOf(routes);
        this.defaultAddressee = defaultAddressee;
        this.warningDays = warningDays;
        this.criticalDays = criticalDays;
    }

    /** The rules with every setting at its default. */
    static AlertRules defaults() {
        return from(Map.of(), "30,7,0,passed", "0", "samordningsfunktionen", 90, 7);
    }

    static AlertRules from(AlertingConfig config, Map<String, ?> properties) {
        return from(properties, config.defaultLadder(), config.eventLadder(), config.defaultAddressee(),
                config.warningDays(), config.criticalDays());
    }

    /**
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    static AlertRules from(Map<String, ?> properties, String defaultLadder, String eventLadder,
            String defaultAddressee, int warningDays, int criticalDays) {
        Map<String, Ladder> ladders = new HashMap<>();
        ladders.put("NOTICE_DEADLINE", Ladder.parse(NOTICE_LADDER, "ladder.NOTICE_DEADLINE"));
        ladders.put("TERM_END", Ladder.parse(TERM_END_LADDER, "ladder.TERM_END"));
        // a party leaving: to the owner body and to the party itself, as a term end
        ladders.put("PARTY_LEAVES", Ladder.parse(TERM_END_LADDER, "ladder.PARTY_LEAVES"));
        ladders.put("PARTY_LEAVES_OWN", Ladder.parse(TERM_END_LADDER, "ladder.PARTY_LEAVES_OWN"));
        ladders.put("DELIVERIES_UNCHECKED", Ladder.parse(DELIVERIES_UNCHECKED_LADDER, "ladder.DELIVERIES_UNCHECKED"));
        Map<String, String> routes = new HashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("ladder.") && key.length() > "ladder.".length()) {
                ladders.put(key.substring("ladder.".length()), Ladder.parse(String.valueOf(value), key));
            } else if (key.startsWith("route.") && key.length() > "route.".length()) {
                String to = String.valueOf(value).trim();
                if (to.isEmpty()) {
                    throw new IllegalArgumentException(key + ": empty; name the body or organisation to route to");
                }
                routes.put(key.substring("route.".length()), to);
            }
        });
        if (warningDays < criticalDays || criticalDays < 0) {
            throw new IllegalArgumentException("warningDays (" + warningDays + ") must be at least criticalDays ("
                    + criticalDays + "), and both 0 or more");
        }
        if (defaultAddressee == null || defaultAddressee.isBlank()) {
            throw new IllegalArgumentException("defaultAddressee: empty");
        }
        return new AlertRules(ladders, Ladder.parse(defaultLadder, "defaultLadder"),
                Ladder.parse(eventLadder, "eventLadder"), routes, defaultAddressee.trim(), warningDays, criticalDays);
    }

    Ladder ladder(String kind, boolean event) {
        Ladder own = ladders.get(kind);
        return own != null ? own : event ? eventLadder : defaultLadder;
    }

    /** @return the longest lead time of any ladder, in days: how far ahead a scan must look */
    long maxLead() {
        long max = Math.max(defaultLadder.maxLead(), eventLadder.maxLead());
        for (Ladder l : ladders.values()) {
            max = Math.max(max, l.maxLead());
        }
        return max;
    }

    /** @return who gets an alert of a deadline owned by {@code owner} (null: no owner) */
    String addressee(String owner) {
        String who = owner == null || owner.isBlank() ? defaultAddressee : owner;
        return routes.getOrDefault(who, who);
    }

    Severity severity(String threshold, boolean event) {
        if (event) {
            return Severity.INFO;
        }
        long daysBefore = -Ladder.offset(threshold);
        if (daysBefore <= criticalDays) {
            return Severity.CRITICAL;
        }
        return daysBefore <= warningDays ? Severity.WARNING : Severity.INFO;
    }

    Map<String, Ladder> ladders() {
        return ladders;
    }
}

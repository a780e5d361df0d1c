package se.avtalsvakt.alerting.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which deadline sources a platform event can have changed, so that a write rescans those and not the world. An
 * event's topic is {@code se/avtalsvakt/<domain>/<what>}; the sources of a domain are configured by
 * {@code rescan.<domain> = <source ids>}, with defaults for the platform's domains; a domain without a setting
 * rescans the source of the same id, if one is installed. The clock rescans every source; alerting's own events,
 * and events of a domain no source belongs to, rescan nothing (the daily scan runs anyway).
 */
final class ScanScope {

    /** What to scan. */
    record Sources(boolean all, Set<String> ids) {
        static final Sources NONE = new Sources(false, Set.of());
        static final Sources EVERY = new Sources(true, Set.of());

        Sources {
            ids = Set.copyOf(ids);
        }

        static Sources of(Set<String> ids) {
            return new Sources(false, ids);
        }

        boolean isEmpty() {
            return !all && ids.isEmpty();
        }
    }

    static final String PREFIX = "rescan.";

    /** The platform's domains: an agreement's plans and bodies hang on it; obligations feed the bodies' deadlines. */
    static final Map<String, Set<String>> DEFAULTS = Map.of(
            "agreement", Set.of("agreement", "obligation", "governance"),
            "evaluation", Set.of("obligation", "governance"),
            "obligation", Set.of("obligation", "governance"),
            "governance", Set.of("governance"),
            "supplier", Set.of("supplier"));

    private static final String TOPICS = "se/avtalsvakt/";

    private final Map<String, Set<String>> byDomain;

    private ScanScope(Map<String, Set<String>> byDomain) {
        this.byDomain = Map.copyOf(byDomain);
    }

    /**
     * @param properties the configuration: every {@code rescan.<domain>} in it
     * @throws IllegalArgumentException naming the setting if one is empty
     */
    static ScanScope from(Map<String, ?> properties) {
        Map<String, Set<String>> byDomain = new HashMap<>(DEFAULTS);
        properties.forEach((key, value) -> {
            if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
                Set<String> ids = Arrays.stream(String.valueOf(value).split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
                if (ids.isEmpty()) {
                    throw new IllegalArgumentException(key + ": empty; name the deadline sources (e.g. agreement) "
                            + "that events of this domain change");
                }
                byDomain.put(key.substring(PREFIX.length()), ids);
            }
        });
        return new ScanScope(byDomain);
    }

    /**
     * @param topic     an event's topic
     * @param installed the ids of the sources installed now
     * @return the sources to rescan after it
     */
    Sources sourcesFor(String topic, Set<String> installed) {
        if (!topic.startsWith(TOPICS)) {
            return Sources.NONE;
        }
        String rest = topic.substring(TOPICS.length());
        int slash = rest.indexOf('/');
        String domain = slash < 0 ? rest : rest.substring(0, slash);
        if (domain.equals("clock")) {
            return Sources.EVERY;
        }
        if (domain.equals("alert")) {
            return Sources.NONE;
        }
        Set<String> ids = byDomain.get(domain);
        if (ids == null) {
            return installed.contains(domain) ? Sources.of(Set.of(domain)) : Sources.NONE;
        }
        return Sources.of(ids);
    }
}

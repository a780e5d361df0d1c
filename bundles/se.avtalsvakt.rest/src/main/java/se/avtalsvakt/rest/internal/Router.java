package se.avtalsvakt.rest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.Route;

/** Matches a method and path to a route of the registered resources. */
final class Router {

    /** A route matched to a path, with the path's parameters. */
    record Match(Route route, Map<String, String> parameters) {
    }

    private record Entry(RestResource owner, Route route, String[] segments) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(RestResource resource) {
        for (Route route : resource.routes()) {
            entries.add(new Entry(resource, route, split(route.template())));
        }
    }

    void remove(RestResource resource) {
        entries.removeIf(e -> e.owner() == resource);
    }

    /**
     * @return the matching route, if any; when several match, the most specific: at the first segment where two
     *         templates differ, a literal beats a parameter (so {@code /a/export} wins over {@code /a/{id}} whatever
     *         the order the resources were registered in)
     */
    Optional<Match> match(String method, String path) {
        String[] segments = split(path);
        Entry best = null;
        Map<String, String> bestParams = null;
        for (Entry e : entries) {
            if (e.route().method().equals(method)) {
                Map<String, String> params = match(e.segments(), segments);
                if (params != null && (best == null || moreSpecific(e.segments(), best.segments()))) {
                    best = e;
                    bestParams = params;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.route(), bestParams));
    }

    private static boolean moreSpecific(String[] a, String[] b) {
        for (int i = 0; i < a.length; i++) {
            boolean aParam = isParameter(a[i]);
            boolean bParam = isParameter(b[i]);
            if (aParam != bParam) {
                return !aParam;
            }
        }
        return false;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** @return the methods some route accepts for this path (for 405 rather than 404) */
    List<String> methodsFor(String path) {
        String[] segments = split(path);
        List<String> methods = new ArrayList<>();
        for (Entry e : entries) {
            if (match(e.segments(), segments) != null && !methods.contains(e.route().method())) {
                methods.add(e.route().method());
            }
        }
        return methods;
    }

    private static Map<String, String> match(String[] template, String[] path) {
        if (template.length != path.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (isParameter(t)) {
                if (path[i].isEmpty()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 1), path[i]);
            } else if (!t.equals(path[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}

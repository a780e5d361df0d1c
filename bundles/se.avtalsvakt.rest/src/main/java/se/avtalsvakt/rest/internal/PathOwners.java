package se.avtalsvakt.rest.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Which bundle serves which path below {@code /api/v1}, from each bundle's {@code Avtalsvakt-Api-Paths} header
 * (first path segments, comma-separated). A path whose bundle is installed but not active, or active without a
 * registered JAX-RS resource yet, is "starting": the API answers 503 for it rather than 404.
 */
final class PathOwners {

    static final String HEADER = "Avtalsvakt-Api-Paths";
    static final String RETRY_AFTER_SECONDS = "5";

    private final Map<String, Bundle> owners = new ConcurrentHashMap<>();
    private final Map<Long, Integer> resources = new ConcurrentHashMap<>();
    private final BundleTracker<Set<String>> bundles;
    private final ServiceTracker<Object, Long> registered;

    PathOwners(BundleContext context) {
        bundles = new BundleTracker<>(context, Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING
                | Bundle.ACTIVE | Bundle.STOPPING, null) {
            @Override
            public Set<String> addingBundle(Bundle bundle, BundleEvent event) {
                Set<String> paths = paths(bundle.getHeaders("").get(HEADER));
                if (paths.isEmpty()) {
                    return null;
                }
                paths.forEach(p -> owners.put(p, bundle));
                return paths;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Set<String> paths) {
                paths.forEach(p -> owners.remove(p, bundle));
            }
        };
        registered = new ServiceTracker<>(context, filter(context), null) {
            @Override
            public Long addingService(ServiceReference<Object> reference) {
                long id = reference.getBundle().getBundleId();
                resources.merge(id, 1, Integer::sum);
                return id;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Long id) {
                resources.computeIfPresent(id, (k, n) -> n <= 1 ? null : n - 1);
            }
        };
    }

    private static org.osgi.framework.Filter filter(BundleContext context) {
        try {
            return context.createFilter("(osgi.jaxrs.resource=true)");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void open() {
        bundles.open();
        registered.open();
    }

    void close() {
        registered.close();
        bundles.close();
    }

    /**
     * @param path the request path below the application, e.g. {@code bodies/ledningsradet}
     * @return the symbolic name of the bundle that serves it and is still starting, if so
     */
    Optional<String> startingOwnerOf(String path) {
        String first = firstSegment(path);
        Bundle owner = owners.get(first);
        if (owner == null || owner.getState() == Bundle.UNINSTALLED) {
            return Optional.empty();
        }
        boolean up = owner.getState() == Bundle.ACTIVE && resources.getOrDefault(owner.getBundleId(), 0) > 0;
        return up ? Optional.empty() : Optional.of(owner.getSymbolicName());
    }

    static String firstSegment(String path) {
        String trimmed = path == null ? "" : path.replaceAll("^/+", "");
        int slash = trimmed.indexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(0, slash);
    }

    static Set<String> paths(String header) {
        if (header == null || header.isBlank()) {
            return Set.of();
        }
        return Stream.of(header.split(",")).map(String::trim).map(s -> s.replaceAll("^/+|/+$", ""))
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}

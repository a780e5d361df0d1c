package se.avtalsvakt.plugins.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.plugin.Plugin;
import se.avtalsvakt.api.plugin.PluginConfiguration;
import se.avtalsvakt.api.plugin.PluginHeaders;
import se.avtalsvakt.api.plugin.PluginRoute;
import se.avtalsvakt.api.plugin.PluginService;

/**
 * The installed plug-ins: bundles with the {@code Avtalsvakt-Plugin} header, read from the framework each time
 * (so a plug-in shows as soon as it is installed and is gone when it is uninstalled), with the routes of the Camel
 * contexts each registers as an OSGi service. Every such context gets an {@link ExchangeCounter} while it is
 * registered.
 */
@Component(service = PluginService.class)
public class PluginRegistry implements PluginService {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);

    /** A registered Camel context and its counter. */
    record Watched(long bundleId, CamelContext context, ExchangeCounter counter) {
    }

    private final BundleContext bundleContext;
    private final ConfigurationAdmin configurations;
    private final Map<ServiceReference<CamelContext>, Watched> contexts = new ConcurrentHashMap<>();

    @Activate
    public PluginRegistry(BundleContext bundleContext, @Reference ConfigurationAdmin configurations) {
        this.bundleContext = bundleContext;
        this.configurations = configurations;
    }

    @Reference(service = CamelContext.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addContext(ServiceReference<CamelContext> reference, CamelContext context) {
        ExchangeCounter counter = new ExchangeCounter();
        try {
            counter.attach(context);
        } catch (RuntimeException e) {
            LOG.warn("Cannot count the exchanges of Camel context {}: {}", context.getName(), e.toString());
        }
        contexts.put(reference, new Watched(reference.getBundle() == null ? -1 : reference.getBundle().getBundleId(),
                context, counter));
    }

    void removeContext(ServiceReference<CamelContext> reference) {
        Watched watched = contexts.remove(reference);
        if (watched != null) {
            try {
                watched.counter().detach(watched.context());
            } catch (RuntimeException e) {
                LOG.debug("Camel context {} already gone: {}", watched.context().getName(), e.toString());
            }
        }
    }

    @Deactivate
    void deactivate() {
        new ArrayList<>(contexts.keySet()).forEach(this::removeContext);
    }

    @Override
    public List<Plugin> list() {
        return Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getHeaders().get(PluginHeaders.PLUGIN) != null)
                .filter(b -> b.getState() != Bundle.UNINSTALLED)
                .map(this::plugin)
                .sorted(Comparator.comparing(Plugin::symbolicName))
                .toList();
    }

    private Plugin plugin(Bundle b) {
        String description = b.getHeaders().get("Bundle-Description");
        return new Plugin(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(),
                b.getHeaders().get(PluginHeaders.PLUGIN).trim(), description == null ? "" : description.trim(),
                state(b.getState()), configurations(b.getHeaders().get(PluginHeaders.CONFIG)), routes(b));
    }

    private List<PluginConfiguration> configurations(String header) {
        List<PluginConfiguration> result = new ArrayList<>();
        for (String pid : pids(header)) {
            result.add(new PluginConfiguration(pid, configured(pid)));
        }
        return result;
    }

    /** @return the PIDs of an {@code Avtalsvakt-Plugin-Config} header, in order; none for a missing header */
    static List<String> pids(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        return Arrays.stream(header.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    private boolean configured(String pid) {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + pid + ")");
            return found != null && found.length > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private List<PluginRoute> routes(Bundle b) {
        List<PluginRoute> result = new ArrayList<>();
        for (Watched w : contexts.values()) {
            if (w.bundleId() == b.getBundleId()) {
                result.addAll(routes(w.context(), w.counter()));
            }
        }
        result.sort(Comparator.comparing(PluginRoute::camelContext).thenComparing(PluginRoute::id));
        return result;
    }

    /** @return the routes of a context with their state and counts */
    static List<PluginRoute> routes(CamelContext context, ExchangeCounter counter) {
        List<PluginRoute> result = new ArrayList<>();
        for (Route r : context.getRoutes()) {
            ServiceStatus status = context.getRouteController().getRouteStatus(r.getRouteId());
            ExchangeCounter.Counts counts = counter.of(r.getRouteId());
            result.add(new PluginRoute(context.getName(), r.getRouteId(), r.getEndpoint().getEndpointUri(),
                    status == null ? "Unknown" : status.name(), counts.total(), counts.failed.sum(),
                    context.getInflightRepository().size(r.getRouteId())));
        }
        return result;
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}

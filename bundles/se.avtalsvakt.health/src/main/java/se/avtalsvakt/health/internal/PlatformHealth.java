package se.avtalsvakt.health.internal;

import java.util.List;

import org.apache.felix.hc.api.execution.HealthCheckExecutionOptions;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Runs the platform's health checks through the Felix executor (in parallel, each with the executor's timeout, its
 * results cached for a moment so that frequent probes cost little) and makes a {@link HealthReport} of them.
 */
@Component(name = "se.avtalsvakt.health", service = PlatformHealth.class)
@Designate(ocd = HealthConfig.class)
public class PlatformHealth {

    private final HealthCheckExecutor executor;
    private volatile HealthConfig config;

    @Activate
    public PlatformHealth(@Reference HealthCheckExecutor executor, HealthConfig config) {
        this.executor = executor;
        this.config = config;
    }

    @Modified
    void modified(HealthConfig changed) {
        this.config = changed;
    }

    /** @return the readiness of the platform: the checks with the configured tag, and every required check */
    public HealthReport report() {
        HealthConfig c = config;
        return HealthReport.fromExecution(executor.execute(HealthCheckSelector.tags(c.tag()),
                new HealthCheckExecutionOptions()), ConfigLists.of(c.requiredChecks()));
    }

    /**
     * @param tags any tags; checks with one of them are run
     * @return those checks' results; no check is required
     */
    public HealthReport report(List<String> tags) {
        HealthCheckExecutionOptions options = new HealthCheckExecutionOptions();
        options.setCombineTagsWithOr(true);
        return HealthReport.fromExecution(executor.execute(HealthCheckSelector.tags(tags.toArray(String[]::new)),
                options), List.of());
    }
}

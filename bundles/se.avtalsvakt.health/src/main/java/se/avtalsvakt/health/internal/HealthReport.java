package se.avtalsvakt.health.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;

/**
 * The platform's readiness, made from the results of its health checks: what {@code GET /system/health} answers and
 * {@code health:check} prints. Only check names, statuses and messages are kept (never exceptions, timings or
 * tags), so the report can be shown to an anonymous load balancer. A check that is required but not registered
 * counts as failed, and a report without any check is not ready: during start-up the checks appear one by one.
 */
public final class HealthReport {

    /** The message of a required check that is not registered. */
    static final String NOT_REGISTERED = "not registered: the bundle that provides this check is not running";

    /** One check's outcome. */
    public record Check(String name, Result.Status status, List<String> messages) {

        /** @return whether this check lets the platform count as ready (OK or WARN) */
        public boolean passes() {
            return HealthReport.passes(status);
        }
    }

    private final List<Check> checks;
    private final Result.Status status;

    private HealthReport(List<Check> checks) {
        this.checks = List.copyOf(checks);
        this.status = checks.stream().map(Check::status).max(Comparator.naturalOrder()).orElse(Result.Status.CRITICAL);
    }

    /**
     * @param results  what the checks answered
     * @param required names of checks that must be among them
     */
    public static HealthReport of(Collection<Check> results, Collection<String> required) {
        List<Check> checks = new ArrayList<>(results);
        Set<String> present = results.stream().map(Check::name).collect(Collectors.toSet());
        for (String name : required) {
            if (!name.isBlank() && !present.contains(name)) {
                checks.add(new Check(name, Result.Status.CRITICAL, List.of(NOT_REGISTERED)));
            }
        }
        if (checks.isEmpty()) {
            checks.add(new Check("Health checks", Result.Status.CRITICAL, List.of("no health check is registered")));
        }
        checks.sort(Comparator.comparing(Check::name));
        return new HealthReport(checks);
    }

    /** @return the report of the Felix executor's results */
    public static HealthReport fromExecution(Collection<HealthCheckExecutionResult> results,
            Collection<String> required) {
        return of(results.stream().map(HealthReport::check).toList(), required);
    }

    static Check check(HealthCheckExecutionResult execution) {
        Result result = execution.getHealthCheckResult();
        List<String> messages = new ArrayList<>();
        for (ResultLog.Entry entry : result) {
            if (!entry.isDebug() && entry.getMessage() != null && !entry.getMessage().isBlank()) {
                messages.add(entry.getMessage());
            }
        }
        if (execution.hasTimedOut() && messages.isEmpty()) {
            messages.add("timed out");
        }
        return new Check(execution.getHealthCheckMetadata().getTitle(), result.getStatus(), messages);
    }

    static boolean passes(Result.Status status) {
        return status == Result.Status.OK || status == Result.Status.WARN;
    }

    /** @return OK or WARN: the platform serves its users */
    public boolean ready() {
        return passes(status);
    }

    /** @return the worst status of any check */
    public Result.Status status() {
        return status;
    }

    /** @return every check, by name */
    public List<Check> checks() {
        return checks;
    }

    /** @return the names of the checks that keep the platform from being ready */
    public List<String> failing() {
        return checks.stream().filter(c -> !c.passes()).map(Check::name).toList();
    }

    /** @return the JSON body of {@code /system/health}: {@code status}, {@code failing}, {@code checks} */
    public Map<String, Object> toJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.name());
        body.put("failing", failing());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Check c : checks) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", c.name());
            one.put("status", c.status().name());
            one.put("messages", c.messages());
            list.add(one);
        }
        body.put("checks", list);
        return body;
    }
}

package se.avtalsvakt.alerting.internal;

import java.util.Optional;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "Alert scans": WARN while the guard holds a scan that would raise more alerts than it allows (nothing is raised
 * until an operator confirms it), OK otherwise.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=" + AlertScanCheck.NAME,
        HealthCheck.TAGS + "=avtalsvakt"})
public class AlertScanCheck implements HealthCheck {

    static final String NAME = "Alert scans";

    private final HeldScans held;

    @Activate
    public AlertScanCheck(@Reference HeldScans held) {
        this.held = held;
    }

    @Override
    public Result execute() {
        Optional<HeldScans.Summary> s = held.summary();
        if (s.isEmpty()) {
            return new Result(Result.Status.OK, "no alert scan is held");
        }
        HeldScans.Summary h = s.get();
        return new Result(Result.Status.WARN, "the alert scan of " + h.today() + " is held: it would raise "
                + h.count() + " alerts " + h.byKind() + " from " + h.sources() + ", more than the guard of "
                + h.guard() + "; check the sources, then release it with alert:scan --confirm");
    }
}

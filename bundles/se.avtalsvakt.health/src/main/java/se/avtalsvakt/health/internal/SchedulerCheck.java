package se.avtalsvakt.health.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.apache.karaf.scheduler.Scheduler;
import org.apache.karaf.scheduler.SchedulerError;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Scheduler": the Karaf scheduler runs, every job the platform's bundles register on its whiteboard (a
 * {@code Runnable} with {@code scheduler.expression} or {@code scheduler.period}) is scheduled, and the required
 * jobs (the renewal job, the alert scan) are among them.
 */
@Component(name = "se.avtalsvakt.health.scheduler", service = HealthCheck.class, property = {
        HealthCheck.NAME + "=" + SchedulerCheck.NAME,
        HealthCheck.TAGS + "=avtalsvakt"})
@Designate(ocd = SchedulerCheckConfig.class)
public class SchedulerCheck implements HealthCheck {

    static final String NAME = "Scheduler";
    static final String JOB_FILTER = "(|(" + Scheduler.PROPERTY_SCHEDULER_EXPRESSION + "=*)("
            + Scheduler.PROPERTY_SCHEDULER_PERIOD + "=*))";
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerCheck.class);

    /** A job service of the platform: its component, service id and schedule. */
    record JobService(String component, long serviceId, String schedule) {
    }

    private final BundleContext context;
    private volatile SchedulerCheckConfig config;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Scheduler scheduler;

    @Activate
    public SchedulerCheck(BundleContext context, SchedulerCheckConfig config) {
        this.context = context;
        this.config = config;
    }

    @Modified
    void modified(SchedulerCheckConfig changed) {
        this.config = changed;
    }

    @Override
    public Result execute() {
        Scheduler s = scheduler;
        if (s == null) {
            return new Result(Result.Status.CRITICAL, "the Karaf scheduler is not running (feature scheduler)");
        }
        Set<String> scheduled;
        try {
            scheduled = s.getJobs().keySet();
        } catch (SchedulerError | RuntimeException e) {
            LOG.warn("Health check: the scheduler's jobs could not be read: {}", e.toString());
            return new Result(Result.Status.CRITICAL, "the scheduler's jobs could not be read (the log has the cause)");
        }
        return evaluate(scheduled, platformJobs(), ConfigLists.of(config.jobs()));
    }

    private List<JobService> platformJobs() {
        List<JobService> jobs = new ArrayList<>();
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(Runnable.class.getName(), JOB_FILTER);
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                String bsn = ref.getBundle() == null ? null : ref.getBundle().getSymbolicName();
                if (bsn != null && bsn.startsWith(ComponentsCheck.PLATFORM_PREFIX)) {
                    Object component = ref.getProperty("component.name");
                    Object expression = ref.getProperty(Scheduler.PROPERTY_SCHEDULER_EXPRESSION);
                    Object schedule = expression != null ? expression
                            : "every " + ref.getProperty(Scheduler.PROPERTY_SCHEDULER_PERIOD) + " s";
                    jobs.add(new JobService(component == null ? bsn : component.toString(),
                            (Long) ref.getProperty("service.id"), schedule.toString()));
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return jobs;
    }

    /**
     * @param scheduled the scheduler's job names; the whiteboard names a job {@code <name or pid>.<service id>}
     * @param services  the platform's job services
     * @param required  component names of the jobs that must be there
     */
    static Result evaluate(Collection<String> scheduled, Collection<JobService> services, Collection<String> required) {
        FormattingResultLog log = new FormattingResultLog();
        List<String> ok = new ArrayList<>();
        for (JobService job : services) {
            boolean found = scheduled.stream().anyMatch(name -> name.endsWith("." + job.serviceId()));
            if (found) {
                ok.add(job.component() + " (" + job.schedule() + ")");
            } else {
                log.critical("{} is registered but not scheduled", job.component());
            }
        }
        for (String name : required) {
            if (!name.isBlank() && services.stream().noneMatch(j -> j.component().equals(name))) {
                log.critical("{} is not registered: its component is not running", name);
            }
        }
        if (ok.isEmpty() && services.isEmpty() && required.isEmpty()) {
            log.info("the scheduler runs; no platform job is registered");
        } else if (!ok.isEmpty()) {
            log.info("{} job(s) scheduled: {}", ok.size(), String.join(", ", ok));
        }
        return new Result(log);
    }
}

package se.avtalsvakt.alerting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.alerting.internal.store.AlertStore;
import se.avtalsvakt.alerting.internal.store.NewAlert;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.deadline.DeadlineSource;

/**
 * Raises and resolves alerts. Scans daily through the Karaf scheduler whiteboard (the schedule is configuration),
 * at start, when a deadline source arrives, and after any platform event (the clock was moved, a notice recorded,
 * an agreement renewed): each scan compares the sources' deadlines with the alerts raised so far, so running it
 * again changes nothing.
 */
@Component(name = "se.avtalsvakt.alerting", service = {AlertService.class, Runnable.class, EventHandler.class},
        immediate = true, property = {
                EventConstants.EVENT_TOPIC + "=se/avtalsvakt/*",
                "scheduler.expression=0 15 0 * * ?",
                "scheduler.concurrent:Boolean=false"})
@Designate(ocd = AlertingConfig.class)
public class AlertManager implements AlertService, Runnable, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AlertManager.class);
    private static final String ALERT_TOPICS = "se/avtalsvakt/alert/";

    private final DeadlineCollector collector;
    private final AlertStore store;
    private final PlatformClock clock;
    private final DeliveryDispatcher dispatcher;
    private final AlertPlanner planner;
    private final AlertRules rules;
    private final ExecutorService scans = Executors.newSingleThreadExecutor(r -> new Thread(r, "avtalsvakt-alert-scan"));
    private final AtomicBoolean scanQueued = new AtomicBoolean();
    private volatile boolean active;

    /**
     * @throws IllegalArgumentException if the configuration is wrong; the component stays inactive and the log names
     *                                  the setting
     */
    @Activate
    public AlertManager(@Reference DeadlineCollector collector, @Reference AlertStore store,
            @Reference PlatformClock clock, @Reference DeliveryDispatcher dispatcher, AlertingConfig config,
            Map<String, Object> properties) {
        this.collector = collector;
        this.store = store;
        this.clock = clock;
        this.dispatcher = dispatcher;
        this.rules = AlertRules.from(config, properties);
        this.planner = new AlertPlanner(rules);
        this.active = true;
        requestScan();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        active = false;
        scans.shutdownNow();
        scans.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** A source that arrives later than alerting is scanned at once: its missed steps are raised. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(DeadlineSource source) {
        if (active) {
            requestScan();
        }
    }

    void removeSource(DeadlineSource source) {
        // its alerts stay as they are until it returns
    }

    /** Runs a scan soon, in the background; requests that come while one is queued are folded into it. */
    void requestScan() {
        if (active && scanQueued.compareAndSet(false, true)) {
            try {
                scans.execute(() -> {
                    scanQueued.set(false);
                    run();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                scanQueued.set(false);
            }
        }
    }

    /** The scheduled scan: failures are logged, and the next scan raises what this one could not. */
    @Override
    public void run() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.error("Alert scan failed: {}", e.getMessage(), e);
        }
    }

    /** Any platform event may change deadlines; alerting's own events do not. */
    @Override
    public void handleEvent(Event event) {
        if (!event.getTopic().startsWith(ALERT_TOPICS)) {
            requestScan();
        }
    }

    @Override
    public synchronized ScanResult scan() {
        LocalDate today = clock.today();
        Instant now = clock.now().toInstant();
        Map<String, LocalDate> lastScans = store.lastScans();
        LocalDate from = AlertPlanner.windowStart(today, lastScans);
        LocalDate earliestOpen = store.earliestUnresolved().orElse(from);
        if (earliestOpen.isBefore(from)) {
            from = earliestOpen;
        }
        LocalDate to = today.plusDays(rules.maxLead() + 1);
        LocalDate latestOpen = store.latestUnresolved().orElse(to);
        if (latestOpen.isAfter(to)) {
            to = latestOpen;
        }
        DeadlineCollector.Gathered gathered = collector.gather(from, to, today, lastScans);
        Map<String, List<AlertPlanner.Item>> current = gathered.current();
        List<AlertPlanner.Known> known = known(from, gathered.late());
        AlertPlanner.Plan plan = planner.plan(today, lastScans, current, gathered.late(), known);

        List<NewAlert> raise = new ArrayList<>();
        for (AlertPlanner.Raise r : plan.raise()) {
            var d = r.item().deadline();
            raise.add(new NewAlert(d.source(), d.subject(), d.subjectTitle(), d.kind(), d.date(), d.effectiveDate(),
                    r.threshold(), r.raisedFor(), r.addressee(), r.severity(), d.description(), r.resolution()));
        }
        List<AlertStore.Resolution> resolve = plan.resolve().stream()
                .map(r -> new AlertStore.Resolution(r.id(), r.reason())).toList();
        List<Alert> raised = store.recordScan(raise, resolve, dispatcher.channelIds(), current.keySet(), today, now);
        for (Alert a : raised) {
            LOG.info("Alert {} raised: {} {} of {} due {} (step {}, for {})", a.id(), a.severity(), a.kind(),
                    a.subject(), a.practicalDate(), a.threshold(), a.addressee());
        }
        if (!raised.isEmpty()) {
            dispatcher.wake();
        }
        return new ScanResult(raised.size(), resolve.size(), today, collector.described(raised));
    }

    /**
     * @return the steps raised for deadlines from {@code from} on, every open {@code overdue} alert, and every step
     *         raised for the subjects of the overdue deadlines and late-recorded events, each once
     */
    private List<AlertPlanner.Known> known(LocalDate from, Map<String, AlertPlanner.Late> late) {
        Map<Long, AlertStore.Step> steps = new java.util.LinkedHashMap<>();
        store.stepsFrom(from).forEach(s -> steps.put(s.id(), s));
        store.openOverdue().forEach(s -> steps.putIfAbsent(s.id(), s));
        late.forEach((source, l) -> {
            java.util.Set<String> subjects = new java.util.HashSet<>();
            l.overdue().forEach(d -> subjects.add(d.subject()));
            l.recorded().forEach(d -> subjects.add(d.subject()));
            if (!subjects.isEmpty()) {
                store.stepsOf(source, subjects).forEach(s -> steps.putIfAbsent(s.id(), s));
            }
        });
        return steps.values().stream()
                .map(s -> new AlertPlanner.Known(s.id(), new AlertPlanner.Key(s.source(), s.subject(), s.kind(),
                        s.dueDate()), s.threshold(), s.state()))
                .toList();
    }

    @Override
    public List<Alert> list(AlertState state, boolean undeliveredOnly) {
        return collector.described(store.list(state, undeliveredOnly));
    }

    @Override
    public List<Alert> list(AlertState state, boolean undeliveredOnly, int limit) {
        return store.list(state, undeliveredOnly, limit);
    }

    @Override
    public Alert get(long id) {
        return collector.described(store.get(id));
    }

    @Override
    public Alert acknowledge(long id, String by) {
        Alert a = store.acknowledge(id, by == null || by.isBlank() ? "unknown" : by, clock.now().toInstant());
        LOG.info("Alert {} acknowledged by {}", id, a.acknowledgedBy());
        return collector.described(a);
    }
}

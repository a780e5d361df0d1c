package se.avtalsvakt.alerting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
import se.avtalsvakt.api.alert.AlertFilter;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/**
 * Raises and resolves alerts. Scans daily through the Karaf scheduler whiteboard (the schedule is configuration),
 * at start, when a deadline source arrives, when the clock is moved, and after a platform event: an event rescans
 * only the sources its domain can have changed ({@link ScanScope}), and a burst of events is folded into one scan
 * of the sources they named. Each scan compares the sources' deadlines with the alerts raised so far, so running it
 * again changes nothing. A scan that would raise more than {@code guardThreshold} alerts in all is held
 * ({@link HeldScans}) until an operator confirms it; the confirmed scan raises all of them. Otherwise a scan raises
 * at most {@code maxPerKindPerScan} alerts per kind, the earliest due first, and leaves the rest to later scans. Each scan writes one summary line ({@link ScanSummary}); single alerts are logged at DEBUG.
 */
@Component(name = "se.avtalsvakt.alerting", service = {AlertService.class, Runnable.class, EventHandler.class},
        immediate = true, property = {
                EventConstants.EVENT_TOPIC + "=se/avtalsvakt/*",
                "scheduler.expression=0 15 0 * * ?",
                "scheduler.concurrent:Boolean=false"})
@Designate(ocd = AlertingConfig.class)
public class AlertManager implements AlertService, Runnable, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AlertManager.class);

    private final DeadlineCollector collector;
    private final AlertStore store;
    private final PlatformClock clock;
    private final DeliveryDispatcher dispatcher;
    private final HeldScans held;
    private final AlertPlanner planner;
    private final AlertRules rules;
    private final ScanScope scope;
    private final int maxPerKind;
    private final int guard;
    private final ExecutorService scans = Executors.newSingleThreadExecutor(r -> new Thread(r, "avtalsvakt-alert-scan"));
    private final Object queue = new Object();
    private final Set<String> queuedSources = new TreeSet<>();
    private boolean queuedAll;
    private boolean queued;
    private volatile boolean active;

    /**
     * @throws IllegalArgumentException if the configuration is wrong; the component stays inactive and the log names
     *                                  the setting
     */
    @Activate
    public AlertManager(@Reference DeadlineCollector collector, @Reference AlertStore store,
            @Reference PlatformClock clock, @Reference DeliveryDispatcher dispatcher, @Reference HeldScans held,
            AlertingConfig config, Map<String, Object> properties) {
        this.collector = collector;
        this.store = store;
        this.clock = clock;
        this.dispatcher = dispatcher;
        this.held = held;
        this.rules = AlertRules.from(config, properties);
        this.planner = new AlertPlanner(rules);
        this.scope = ScanScope.from(properties);
        if (config.maxPerKindPerScan() < 1) {
            throw new IllegalArgumentException("maxPerKindPerScan: must be 1 or more, was "
                    + config.maxPerKindPerScan());
        }
        if (config.guardThreshold() < 1) {
            throw new IllegalArgumentException("guardThreshold: must be 1 or more, was " + config.guardThreshold());
        }
        this.maxPerKind = config.maxPerKindPerScan();
        this.guard = config.guardThreshold();
        this.active = true;
        // a source that arrives later is scanned once the collector can ask it, not when this component hears of it
        collector.onArrival(id -> requestScan(ScanScope.Sources.of(Set.of(id))));
        requestScan(ScanScope.Sources.EVERY);
    }

    /**
     * Lets a scan under way finish (it records nothing once alerting is stopping) rather than interrupting it: an
     * interrupted thread closes its Derby connection in the middle of a transaction. Interrupts only if it takes
     * too long.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        active = false;
        collector.onArrival(id -> { });
        scans.shutdown();
        if (!scans.awaitTermination(60, TimeUnit.SECONDS)) {
            scans.shutdownNow();
            scans.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /**
     * A source that arrives later than alerting is scanned at once, its missed steps raised: also asked for here,
     * and again when the collector has bound it ({@link DeadlineCollector#onArrival}), whichever is told last.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(DeadlineSource source) {
        if (active) {
            requestScan(ScanScope.Sources.of(Set.of(source.id())));
        }
    }

    void removeSource(DeadlineSource source) {
        // its alerts stay as they are until it returns; a scan held for it no longer waits
        held.release(Set.of(source.id()));
    }

    /**
     * Scans these sources soon, in the background. Requests that come while a scan is queued are folded into it: a
     * burst of writes makes one scan of the sources they named.
     */
    void requestScan(ScanScope.Sources sources) {
        if (!active || sources.isEmpty()) {
            return;
        }
        synchronized (queue) {
            queuedAll |= sources.all();
            queuedSources.addAll(sources.ids());
            if (queued) {
                return;
            }
            queued = true;
        }
        try {
            scans.execute(this::runQueued);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            synchronized (queue) {
                queued = false;
            }
        }
    }

    private void runQueued() {
        if (!active) {
            return; // queued before alerting stopped: the next start scans every source
        }
        Set<String> only;
        synchronized (queue) {
            only = queuedAll ? null : new TreeSet<>(queuedSources);
            queuedAll = false;
            queuedSources.clear();
            queued = false;
        }
        try {
            scan(only, false);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** The scheduled scan of every source: failures are logged, and the next scan raises what this one could not. */
    @Override
    public void run() {
        try {
            scan();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void failed(RuntimeException e) {
        if (!active) { // stopped under way (a new configuration, a restart): nothing was recorded
            LOG.info("Alert scan stopped as alerting stopped; the next scan does what it would have: {}",
                    e.getMessage());
        } else {
            LOG.error("Alert scan failed: {}", e.getMessage(), e);
        }
    }

    /** A platform event rescans the sources its domain can have changed; alerting's own events rescan nothing. */
    @Override
    public void handleEvent(Event event) {
        requestScan(scope.sourcesFor(event.getTopic(), collector.sourceIds()));
    }

    @Override
    public ScanResult scan() {
        return scan(null, false);
    }

    @Override
    public ScanResult scan(boolean confirm) {
        return scan(null, confirm);
    }

    /**
     * @param only    the ids of the sources to scan, or null for every source
     * @param confirm true: an operator's go-ahead, the guard does not hold the scan
     */
    synchronized ScanResult scan(Set<String> only, boolean confirm) {
        long started = System.nanoTime();
        LocalDate today = clock.today();
        Instant now = clock.now().toInstant();
        Set<String> asked = only == null ? collector.sourceIds() : new TreeSet<>(only);
        asked.retainAll(collector.sourceIds());
        if (only != null && asked.isEmpty()) {
            return new ScanResult(0, 0, today, List.of());
        }
        Map<String, LocalDate> lastScans = store.lastScans();
        Map<String, LocalDate> ownLast = new HashMap<>(lastScans);
        ownLast.keySet().retainAll(asked);
        LocalDate from = AlertPlanner.windowStart(today, ownLast);
        LocalDate earliestOpen = store.earliestUnresolved(asked).orElse(from);
        if (earliestOpen.isBefore(from)) {
            from = earliestOpen;
        }
        LocalDate to = today.plusDays(rules.maxLead() + 1);
        LocalDate latestOpen = store.latestUnresolved(asked).orElse(to);
        if (latestOpen.isAfter(to)) {
            to = latestOpen;
        }
        DeadlineCollector.Gathered gathered = collector.gather(from, to, today, lastScans, asked);
        Map<String, List<AlertPlanner.Item>> current = gathered.current();
        Set<String> answered = new TreeSet<>(current.keySet());
        List<AlertPlanner.Known> known = known(from, gathered.late(), answered);
        AlertPlanner.Plan plan = planner.plan(today, lastScans, current, gathered.late(), known);

        // the guard weighs what the sources ask for, before the cap; the operator's go-ahead raises all of it
        if (!confirm && plan.raise().size() > guard) {
            Map<String, Map<String, Integer>> bySource = new TreeMap<>();
            plan.raise().forEach(r -> bySource.computeIfAbsent(r.item().deadline().source(), x -> new TreeMap<>())
                    .merge(r.item().deadline().kind(), 1, Integer::sum));
            boolean news = held.hold(today, bySource, guard);
            Map<String, Integer> byKind = ScanLimits.byKind(plan.raise());
            if (news) {
                LOG.warn(ScanSummary.held(today, byKind, guard, answered));
            } else {
                LOG.debug(ScanSummary.held(today, byKind, guard, answered)); // held as before: said already
            }
            return new ScanResult(0, 0, today, List.of(), List.copyOf(answered), true, plan.raise().size(), byKind,
                    Map.of());
        }
        ScanLimits.Capped capped = confirm ? new ScanLimits.Capped(plan, Map.of(), Set.of())
                : ScanLimits.cap(plan, known, maxPerKind);
        plan = capped.plan();

        if (!active) {
            LOG.info("Alert scan {} not recorded: alerting is stopping; the next scan does what it would have", today);
            return new ScanResult(0, 0, today, List.of());
        }
        List<NewAlert> raise = new ArrayList<>();
        for (AlertPlanner.Raise r : plan.raise()) {
            var d = r.item().deadline();
            raise.add(new NewAlert(d.source(), d.subject(), d.subjectTitle(), d.kind(), d.date(), d.effectiveDate(),
                    r.threshold(), r.raisedFor(), r.addressee(), r.severity(), d.description(), r.resolution()));
        }
        List<AlertStore.Resolution> resolve = plan.resolve().stream()
                .map(r -> new AlertStore.Resolution(r.id(), r.reason())).toList();
        Map<String, LocalDate> scanned = new TreeMap<>();
        for (String source : answered) {
            // a source the cap cut keeps its date, so that the next scan raises what this one left
            LocalDate last = lastScans.get(source);
            scanned.put(source, !capped.cutSources().contains(source) ? today
                    : last != null && !last.isAfter(today) ? last : today.minusDays(1));
        }
        List<Alert> raised = store.recordScan(raise, resolve, dispatcher.channelIds(), scanned, now);
        held.release(answered);
        if (LOG.isDebugEnabled()) {
            for (Alert a : raised) {
                LOG.debug("Alert {} raised: {} {} of {} due {} (step {}, for {})", a.id(), a.severity(), a.kind(),
                        a.subject(), a.practicalDate(), a.threshold(), a.addressee());
            }
        }
        Map<String, Integer> byKind = ScanLimits.byKind(plan.raise());
        String summary = ScanSummary.done(today, byKind, resolve.size(), answered, capped.deferred(), maxPerKind,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        if (only == null || !raised.isEmpty() || !resolve.isEmpty() || capped.deferredCount() > 0) {
            LOG.info(summary);
        } else {
            LOG.debug(summary); // a write that changed no alert
        }
        if (!raised.isEmpty()) {
            dispatcher.wake();
        }
        List<Alert> first = raised.size() <= PageRequest.DEFAULT_LIMIT ? raised
                : raised.subList(0, PageRequest.DEFAULT_LIMIT);
        return new ScanResult(raised.size(), resolve.size(), today, collector.described(first),
                List.copyOf(answered), false, 0, Map.of(), capped.deferred());
    }

    /**
     * @return the steps raised for deadlines from {@code from} on, every open {@code overdue} alert, and every step
     *         raised for the subjects of the overdue deadlines and late-recorded events, each once; of these sources
     */
    private List<AlertPlanner.Known> known(LocalDate from, Map<String, AlertPlanner.Late> late, Set<String> sources) {
        Map<Long, AlertStore.Step> steps = new java.util.LinkedHashMap<>();
        store.stepsFrom(from, sources).forEach(s -> steps.put(s.id(), s));
        store.openOverdue(sources).forEach(s -> steps.putIfAbsent(s.id(), s));
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

    /** @return the newest alerts, at most {@link PageRequest#MAX_LIMIT} */
    @Override
    @Deprecated
    public List<Alert> list(AlertState state, boolean undeliveredOnly) {
        return list(state, undeliveredOnly, PageRequest.MAX_LIMIT);
    }

    @Override
    public List<Alert> list(AlertState state, boolean undeliveredOnly, int limit) {
        return collector.described(store.list(state, undeliveredOnly, Math.min(limit, PageRequest.MAX_LIMIT)));
    }

    @Override
    public Page<Alert> page(AlertFilter filter, PageRequest request) {
        return store.page(filter, request).map(collector::described);
    }

    /** @return how many alerts pass the filter */
    public long count(AlertFilter filter) {
        return store.count(filter);
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

package se.avtalsvakt.alerting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.alerting.internal.store.AlertStore;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.alert.AlertChannel;

/**
 * Hands alerts to the installed {@link AlertChannel}s (whiteboard). Deliveries are rows in the database: one per
 * alert and channel, created when the alert is raised. A delivery that fails is tried again after a wait that
 * doubles each time up to a longest wait, and is never dropped; a channel that is removed keeps its pending
 * deliveries until it returns. One thread delivers, so a channel is never called concurrently. A channel gets the
 * alert with its kind's text ({@link se.avtalsvakt.api.alert.Alert#kindText()}) as the kind's source gives it.
 * Each round of deliveries writes one summary line (INFO, or WARN if some failed); single deliveries are logged at
 * DEBUG. The deliveries' state is in the database ({@code av_alert_delivery}), not in the log.
 */
// configured by the PID AlertManager designates (the retry settings)
@Component(service = DeliveryDispatcher.class, configurationPid = "se.avtalsvakt.alerting")
public class DeliveryDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 100;

    private final Map<String, AlertChannel> channels = new ConcurrentHashMap<>();
    private final AlertStore store;
    private final DeadlineCollector texts;
    private final PlatformClock clock;
    private final Duration firstWait;
    private final Duration longestWait;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "avtalsvakt-alert-delivery"));
    private volatile boolean stopping;

    @Activate
    public DeliveryDispatcher(@Reference AlertStore store, @Reference PlatformClock clock,
            @Reference DeadlineCollector texts, AlertingConfig config) {
        this.store = store;
        this.texts = texts;
        this.clock = clock;
        this.firstWait = Duration.ofSeconds(Math.max(1, config.retryInitialSeconds()));
        this.longestWait = Duration.ofSeconds(Math.max(config.retryInitialSeconds(), config.retryMaxSeconds()));
        int every = Math.max(1, config.deliveryIntervalSeconds());
        executor.scheduleWithFixedDelay(this::deliverDue, every, every, TimeUnit.SECONDS);
    }

    /**
     * Lets the delivery under way finish rather than interrupting it: an interrupted thread closes its Derby
     * connection in the middle of a transaction, which can leave locks behind. Interrupts only if it takes too long.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(AlertChannel channel) {
        AlertChannel before = channels.putIfAbsent(channel.id(), channel);
        if (before != null) {
            LOG.warn("Alert channel {} is installed twice; the second ({}) is ignored", channel.id(),
                    channel.getClass().getName());
            return;
        }
        LOG.info("Alert channel {} is available", channel.id());
        wake();
    }

    void removeChannel(AlertChannel channel) {
        if (channels.remove(channel.id(), channel)) {
            LOG.info("Alert channel {} is gone; its pending deliveries wait for it", channel.id());
        }
    }

    /** @return the ids of the channels installed now: new alerts get a delivery for each */
    Set<String> channelIds() {
        return new TreeSet<>(channels.keySet());
    }

    /** Looks at the pending deliveries now rather than at the next interval. */
    void wake() {
        try {
            executor.execute(this::deliverDue);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down: the deliveries stay pending
        }
    }

    private void deliverDue() {
        if (stopping) {
            return;
        }
        long started = System.nanoTime();
        Round round = new Round();
        try {
            List<AlertStore.DueDelivery> due;
            do {
                due = store.dueDeliveries(channelIds(), clock.now().toInstant(), BATCH);
                for (AlertStore.DueDelivery d : due) {
                    if (stopping) {
                        break; // the rest stay pending
                    }
                    deliver(d, round);
                }
            } while (due.size() == BATCH && !stopping && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            LOG.error("Delivering alerts failed; pending deliveries are tried again: {}", e.getMessage(), e);
        }
        if (!round.isEmpty()) {
            String line = round.summary(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            if (round.failed.isEmpty()) {
                LOG.info(line);
            } else {
                LOG.warn(line);
            }
        }
    }

    private void deliver(AlertStore.DueDelivery d, Round round) {
        AlertChannel channel = channels.get(d.channel());
        if (channel == null) {
            return;
        }
        long id = d.alert().id();
        try {
            channel.deliver(texts.described(d.alert())); // with the kind's text from its source
            store.delivered(id, d.channel(), clock.now().toInstant());
            round.delivered(d.channel());
            LOG.debug("Alert {} delivered through {}", id, d.channel());
        } catch (Exception e) {
            Instant now = clock.now().toInstant();
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            store.failed(id, d.channel(), why, now, firstWait, longestWait);
            round.failed(d.channel(), why);
            LOG.debug("Alert {} not delivered through {} (tried again later): {}", id, d.channel(), why);
        }
    }

    /** What one round of deliveries did, per channel: the one log line it writes. */
    static final class Round {
        private final Map<String, Integer> delivered = new TreeMap<>();
        private final Map<String, Integer> failed = new TreeMap<>();
        private final Map<String, String> firstError = new TreeMap<>();

        void delivered(String channel) {
            delivered.merge(channel, 1, Integer::sum);
        }

        void failed(String channel, String error) {
            failed.merge(channel, 1, Integer::sum);
            firstError.putIfAbsent(channel, error);
        }

        boolean isEmpty() {
            return delivered.isEmpty() && failed.isEmpty();
        }

        /**
         * @return e.g. {@code Alert delivery: 12 delivered (log 6, mail 6), 2 failed and tried again later (mail 2:
         *         Connection refused), 40 ms}
         */
        String summary(long millis) {
            StringBuilder line = new StringBuilder("Alert delivery: ").append(total(delivered)).append(" delivered");
            if (!delivered.isEmpty()) {
                line.append(" (").append(delivered.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", "))).append(')');
            }
            if (!failed.isEmpty()) {
                line.append(", ").append(total(failed)).append(" failed and tried again later (")
                        .append(failed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + ": "
                                + firstError.get(e.getKey())).collect(java.util.stream.Collectors.joining("; ")))
                        .append(')');
            }
            return line.append(", ").append(millis).append(" ms").toString();
        }

        private static int total(Map<String, Integer> counts) {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}

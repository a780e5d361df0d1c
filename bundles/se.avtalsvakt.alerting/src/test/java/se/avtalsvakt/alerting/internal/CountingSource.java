package se.avtalsvakt.alerting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;

/**
 * A deadline source for the tests (our SPI): reports the deadlines it is given and counts how often each of its
 * lists is asked for; it can hold its first answer until the test lets it go.
 */
final class CountingSource implements DeadlineSource {

    private final String id;
    final List<Deadline> deadlines = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile CountDownLatch gate;
    final CountDownLatch entered = new CountDownLatch(1);

    CountingSource(String id) {
        this.id = id;
    }

    /** Holds the next answer to {@link #deadlines} until {@link #open()}. */
    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    int calls(String list) {
        AtomicInteger n = calls.get(list);
        return n == null ? 0 : n.get();
    }

    void reset() {
        calls.clear();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to) {
        count("deadlines");
        CountDownLatch g = gate;
        if (g != null) {
            entered.countDown();
            try {
                if (!g.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the source answer");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            gate = null;
        }
        return deadlines.stream().filter(d -> !d.effectiveDate().isBefore(from) && !d.effectiveDate().isAfter(to))
                .toList();
    }

    @Override
    public List<Deadline> events(LocalDate from, LocalDate to) {
        count("events");
        return List.of();
    }

    @Override
    public List<Deadline> overdue(LocalDate today) {
        count("overdue");
        return List.of();
    }

    @Override
    public List<Deadline> eventsRecorded(LocalDate from, LocalDate to) {
        count("eventsRecorded");
        return List.of();
    }

    private void count(String list) {
        calls.computeIfAbsent(list, x -> new AtomicInteger()).incrementAndGet();
    }
}

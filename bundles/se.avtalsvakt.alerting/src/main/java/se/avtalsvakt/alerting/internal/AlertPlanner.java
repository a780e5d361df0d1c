package se.avtalsvakt.alerting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
import se.avtalsvakt.api.deadline.Deadline;

/**
 * Decides what a scan does: which ladder steps to raise and which alerts to resolve. Pure: it reads the sources'
 * current deadlines and events and the alerts raised so far, and changes nothing itself.
 *
 * <p>The rules:
 * <ul>
 * <li>A step falls due on its day: {@code n} days before the deadline's practical date, or, for {@code passed}, the
 * first day after its contractual last day ({@link Deadline#date()}; a Saturday last day with a Friday practical
 * date passes on Sunday). Each step of a deadline is raised at most once, ever.</li>
 * <li>Steps that fell due since the last scan are raised, each with the day it fell due, also when the platform was
 * down then. A deadline that is new to alerting (none of its steps raised yet) gets only its latest step that has
 * fallen due, so a deadline registered late does not raise its whole ladder at once.</li>
 * <li>A deadline's open alert is resolved when a later step of the same deadline is raised (one open alert per
 * deadline), when its source no longer reports the deadline (it was met, moved or removed), and, for ladders
 * without a {@code passed} step, the day after the deadline.</li>
 * <li>A deadline its source reports as overdue raises one {@code overdue} alert when first seen, however old,
 * unless a {@code passed} or {@code overdue} step of it was raised before (or is raised in the same scan). It is
 * resolved when the source no longer reports it as overdue, and it supersedes the deadline's earlier steps.</li>
 * <li>An event recorded since the source's last scan is raised once, with its own day, however old that day is;
 * an event already raised through the normal path (same key) is not raised again.</li>
 * <li>Alerts of a source that is not installed, or that failed to answer, are left alone.</li>
 * </ul>
 */
final class AlertPlanner {

    /** A deadline or an event as its source reports it now. */
    record Item(Deadline deadline, boolean event) {
        Key key() {
            return new Key(deadline.source(), deadline.subject(), deadline.kind(), deadline.date());
        }
    }

    /** What identifies a deadline across scans. */
    record Key(String source, String subject, String kind, LocalDate dueDate) {
    }

    /** An alert raised earlier. */
    record Known(long id, Key key, String threshold, AlertState state) {
    }

    /** A step to raise; {@code resolution} is set when a later step raised in the same scan takes over at once. */
    record Raise(Item item, String threshold, LocalDate raisedFor, Severity severity, String addressee,
                 String resolution) {
    }

    /** An alert to resolve, and why. */
    record Resolve(long id, String reason) {
    }

    /** What a scan does. */
    record Plan(List<Raise> raise, List<Resolve> resolve) {
    }

    /**
     * What a source reports beside its window: deadlines overdue today, and events recorded since its last scan.
     */
    record Late(List<Deadline> overdue, List<Deadline> recorded) {
        static final Late NONE = new Late(List.of(), List.of());

        Late {
            overdue = List.copyOf(overdue);
            recorded = List.copyOf(recorded);
        }
    }

    static final String MET_OR_GONE = "The deadline was met, moved or removed";
    static final String DAY_PASSED = "The day has passed";
    static final String SUPERSEDED = "Superseded by a later step of the same deadline";
    static final String NO_LONGER_OVERDUE = "The source no longer reports it as overdue: it was met or removed";

    /** The most days a contractual last day can lie after its practical date (Easter: Thursday to Monday). */
    static final int MAX_DAYS_AFTER_PRACTICAL = 5;

    private final AlertRules rules;

    AlertPlanner(AlertRules rules) {
        this.rules = rules;
    }

    /**
     * @param today    the platform date of this scan
     * @param lastScans per source, the platform date of the last scan that heard from it (none: never)
     * @param current  per source that answered: its deadlines and events in a window that covers every unresolved
     *                 alert and reaches {@link AlertRules#maxLead()} days ahead
     * @param known    the alerts raised so far in that window, in any state
     */
    Plan plan(LocalDate today, Map<String, LocalDate> lastScans, Map<String, List<Item>> current,
            List<Known> known) {
        return plan(today, lastScans, current, Map.of(), known);
    }

    /**
     * As {@link #plan(LocalDate, Map, Map, List)}, with what each source that answered reports as overdue and as
     * recorded since its last scan; {@code known} must then also hold every step raised for those deadlines and
     * every {@code overdue} alert not yet resolved, whatever its date.
     */
    Plan plan(LocalDate today, Map<String, LocalDate> lastScans, Map<String, List<Item>> current,
            Map<String, Late> late, List<Known> known) {

        Map<Key, Set<String>> raised = new HashMap<>();
        for (Known k : known) {
            raised.computeIfAbsent(k.key(), x -> new HashSet<>()).add(k.threshold());
        }

        List<Raise> raise = new ArrayList<>();
        Map<Key, Item> present = new HashMap<>();
        Map<Key, Long> latestOffset = new HashMap<>();
        raised.forEach((key, steps) -> steps.forEach(s -> latestOffset.merge(key, Ladder.offset(s), Math::max)));

        for (Map.Entry<String, List<Item>> source : current.entrySet()) {
            LocalDate lastScan = lastScans.get(source.getKey());
            LocalDate missedAfter = lastScan != null && lastScan.isBefore(today) ? lastScan : today.minusDays(1);
            LocalDate raiseFrom = missedAfter.minusDays(1);
            for (Item item : source.getValue()) {
                Key key = item.key();
                present.put(key, item);
                LocalDate effective = item.deadline().effectiveDate();
                LocalDate lastDay = lastDay(item.deadline());
                if (lastDay.isBefore(raiseFrom)) {
                    continue; // history: only used to tell whether older alerts still stand
                }
                Set<String> already = raised.getOrDefault(key, Set.of());
                List<Ladder.Step> due = rules.ladder(key.kind(), item.event()).stepsFor(lastDay, effective).stream()
                        .filter(s -> !s.fires().isAfter(today) && !already.contains(s.threshold())).toList();
                if (due.isEmpty()) {
                    continue;
                }
                List<Ladder.Step> missed = due.stream().filter(s -> s.fires().isAfter(missedAfter)).toList();
                List<Ladder.Step> toRaise = !missed.isEmpty() ? missed
                        : already.isEmpty() ? List.of(due.get(due.size() - 1)) : List.of();
                boolean dayPassed = !item.event() && !rules.ladder(key.kind(), false).hasPassedStep()
                        && today.isAfter(lastDay);
                for (int i = 0; i < toRaise.size(); i++) {
                    Ladder.Step step = toRaise.get(i);
                    boolean last = i == toRaise.size() - 1;
                    raise.add(new Raise(item, step.threshold(), step.fires(),
                            rules.severity(step.threshold(), item.event()),
                            rules.addressee(item.deadline().owner()),
                            !last ? "Superseded by the later step " + toRaise.get(toRaise.size() - 1).threshold()
                                    : dayPassed ? DAY_PASSED : null));
                    latestOffset.merge(key, Ladder.offset(step.threshold()), Math::max);
                    raised.computeIfAbsent(key, x -> new HashSet<>()).add(step.threshold());
                }
            }
        }

        Set<Key> overdueNow = new HashSet<>();
        for (Map.Entry<String, Late> source : late.entrySet()) {
            if (!current.containsKey(source.getKey())) {
                continue;
            }
            for (Deadline d : source.getValue().overdue()) {
                Item item = new Item(d, false);
                Key key = item.key();
                overdueNow.add(key);
                Set<String> already = raised.computeIfAbsent(key, x -> new HashSet<>());
                if (already.contains(Alert.PASSED) || already.contains(Alert.OVERDUE)) {
                    continue;
                }
                raise.add(new Raise(item, Alert.OVERDUE, today, Severity.CRITICAL, rules.addressee(d.owner()), null));
                already.add(Alert.OVERDUE);
                latestOffset.merge(key, Ladder.offset(Alert.OVERDUE), Math::max);
            }
            for (Deadline d : source.getValue().recorded()) {
                Item item = new Item(d, true);
                Key key = item.key();
                present.putIfAbsent(key, item);
                Set<String> already = raised.computeIfAbsent(key, x -> new HashSet<>());
                if (!already.isEmpty()) {
                    continue; // raised before, or in this scan through the normal path
                }
                List<Ladder.Step> due = rules.ladder(key.kind(), true).stepsFor(lastDay(d), d.effectiveDate())
                        .stream().filter(s -> !s.fires().isAfter(today)).toList();
                if (due.isEmpty()) {
                    continue; // dated in the future: raised on its day
                }
                Ladder.Step step = due.get(due.size() - 1);
                raise.add(new Raise(item, step.threshold(), step.fires(), rules.severity(step.threshold(), true),
                        rules.addressee(d.owner()), null));
                already.add(step.threshold());
                latestOffset.merge(key, Ladder.offset(step.threshold()), Math::max);
            }
        }

        List<Resolve> resolve = new ArrayList<>();
        for (Known k : known) {
            if (k.state() == AlertState.RESOLVED || !current.containsKey(k.key().source())) {
                continue;
            }
            if (Alert.OVERDUE.equals(k.threshold())) {
                if (!overdueNow.contains(k.key())) {
                    resolve.add(new Resolve(k.id(), NO_LONGER_OVERDUE));
                }
                continue;
            }
            Item item = present.get(k.key());
            boolean stillOverdue = overdueNow.contains(k.key()); // a passed step stands while it is overdue
            if (item == null && !stillOverdue) {
                resolve.add(new Resolve(k.id(), MET_OR_GONE));
            } else if (Ladder.offset(k.threshold()) < latestOffset.getOrDefault(k.key(), Long.MIN_VALUE)) {
                resolve.add(new Resolve(k.id(), SUPERSEDED));
            } else if (item != null && !stillOverdue && !item.event()
                    && !rules.ladder(k.key().kind(), false).hasPassedStep()
                    && today.isAfter(lastDay(item.deadline()))) {
                resolve.add(new Resolve(k.id(), DAY_PASSED));
            }
        }
        return new Plan(raise, resolve);
    }

    /** @return the contractual last day, or the practical date if that is later (never before it) */
    static LocalDate lastDay(Deadline d) {
        LocalDate effective = d.effectiveDate();
        return d.date() != null && d.date().isAfter(effective) ? d.date() : effective;
    }

    /** @return the first day a scan must ask the sources for: a day before the earliest last scan, or before today */
    static LocalDate windowStart(LocalDate today, Map<String, LocalDate> lastScans) {
        LocalDate earliest = today;
        for (LocalDate d : lastScans.values()) {
            if (d.isBefore(earliest)) {
                earliest = d;
            }
        }
        // two days, and the gap between a practical date and a contractual last day after it (Easter: four days)
        return earliest.minusDays(2 + MAX_DAYS_AFTER_PRACTICAL);
    }
}

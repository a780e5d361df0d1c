package se.avtalsvakt.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceState;

/**
 * Turns plans and recorded fulfilments into occurrences with their state on a day, within the life of each plan's
 * agreement: nothing after its end, and {@link OccurrenceState#CANCELLED} after a valid notice for a plan that stops
 * at notice (seed 004 §14.2).
 */
final class OccurrenceCalculator {

    /** What has been recorded against occurrences: counted first, read only for the occurrences listed. */
    interface Recorded {

        /** @return how many fulfilments the occurrence has */
        int count(String occurrenceId);

        /** @return how many fulfilments the plan's occurrence due that day has */
        default int count(String plan, LocalDate due) {
            return count(Occurrence.idOf(plan, due));
        }

        /** @return its fulfilments, oldest first */
        List<Fulfilment> of(String occurrenceId);

        /** @return a view of fulfilments already read, e.g. those of a window */
        static Recorded from(List<Fulfilment> fulfilments) {
            Map<String, List<Fulfilment>> byOccurrence = fulfilments.stream()
                    .collect(Collectors.groupingBy(Fulfilment::occurrence));
            return new Recorded() {
                @Override
                public int count(String occurrenceId) {
                    return of(occurrenceId).size();
                }

                @Override
                public List<Fulfilment> of(String occurrenceId) {
                    return byOccurrence.getOrDefault(occurrenceId, List.of());
                }
            };
        }
    }

    private final LocalDate today;
    private final int dueSoonDays;
    private final Function<ObligationPlan, PlanLife> life;

    /**
     * @param today       the platform's today
     * @param dueSoonDays an occurrence is DUE from this many days before its date
     * @param life        how each plan's agreement bounds it
     */
    OccurrenceCalculator(LocalDate today, int dueSoonDays, Function<ObligationPlan, PlanLife> life) {
        this.today = today;
        this.dueSoonDays = dueSoonDays;
        this.life = life;
    }

    /**
     * @param from  the first due date, or null: from each plan's first occurrence
     * @param to    the last due date
     * @param only  only occurrences in this state, or null
     * @return the plans' occurrences due in the window, by due date then plan
     */
    List<Occurrence> occurrences(List<ObligationPlan> plans, Recorded recorded, LocalDate from, LocalDate to,
            OccurrenceState only) {
        List<Occurrence> found = new ArrayList<>();
        for (Slot slot : slots(plans, recorded, from, to, state -> only == null || only == state)) {
            found.add(occurrence(slot, recorded.of(slot.id())));
        }
        return found;
    }

    /**
     * One occurrence without its fulfilments: enough to sort, filter and page, so that fulfilments are read only
     * for the occurrences answered.
     *
     * @param id    the occurrence id
     * @param plan  its plan
     * @param life  the plan's life
     * @param due   its due date
     * @param state its state today
     */
    record Slot(String id, ObligationPlan plan, PlanLife life, LocalDate due, OccurrenceState state) {

        /** @return a key whose {@code String} order is the list's order: due date, then plan id */
        String key() {
            return key(due, plan.id());
        }

        static String key(LocalDate due, String plan) {
            return due + "\u0000" + plan;
        }
    }

    /**
     * @param from  the first due date, or null: from each plan's first occurrence
     * @param to    the last due date
     * @param only  which states
     * @return the plans' occurrences due in the window, by due date then plan, with their states from the counts
     *         of {@code recorded} (no fulfilment read)
     */
    List<Slot> slots(List<ObligationPlan> plans, Recorded recorded, LocalDate from, LocalDate to,
            java.util.function.Predicate<OccurrenceState> only) {
        List<Slot> found = new ArrayList<>();
        for (ObligationPlan plan : plans) {
            PlanLife l = life.apply(plan);
            Schedule schedule = new Schedule(plan, l.start());
            LocalDate lower = from != null ? from : schedule.first();
            LocalDate upper = l.lastDay() != null && l.lastDay().isBefore(to) ? l.lastDay() : to;
            if (lower == null || upper.isBefore(lower)) {
                continue;
            }
            for (LocalDate due : schedule.dueDates(lower, upper)) {
                OccurrenceState state = state(plan, l, due, recorded.count(plan.id(), due));
                if (only.test(state)) {
                    found.add(new Slot(Occurrence.idOf(plan.id(), due), plan, l, due, state));
                }
            }
        }
        found.sort(Comparator.comparing(Slot::due).thenComparing(slot -> slot.plan().id()));
        return found;
    }

    /** @return the occurrence of a slot with its fulfilments */
    Occurrence occurrence(Slot slot, List<Fulfilment> fulfilments) {
        return occurrence(slot.plan(), slot.life(), slot.due(), slot.state(), fulfilments);
    }

    /** @return the plan's schedule, or null when {@code due} lies after its agreement's (or party's) end */
    Schedule schedule(ObligationPlan plan, LocalDate due) {
        PlanLife l = life.apply(plan);
        return l.endedBefore(due) ? null : new Schedule(plan, l.start());
    }

    Occurrence occurrence(ObligationPlan plan, LocalDate due, List<Fulfilment> fulfilments) {
        PlanLife l = life.apply(plan);
        return occurrence(plan, l, due, state(plan, l, due, fulfilments.size()), fulfilments);
    }

    private Occurrence occurrence(ObligationPlan plan, PlanLife l, LocalDate due, OccurrenceState state,
            List<Fulfilment> fulfilments) {
        return new Occurrence(Occurrence.idOf(plan.id(), due), plan.id(), plan.title(), plan.kind(),
                plan.agreement(), plan.body(), plan.responsible(), due, state, plan.required(), plan.maxPerYear(),
                fulfilments, state == OccurrenceState.CANCELLED ? l.cancelledReason() : null);
    }

    OccurrenceState state(ObligationPlan plan, PlanLife l, LocalDate due, int fulfilled) {
        if (fulfilled >= plan.required()) {
            return OccurrenceState.FULFILLED;
        }
        if (l.cancels(due)) {
            return OccurrenceState.CANCELLED;
        }
        if (due.isBefore(today)) {
            return OccurrenceState.OVERDUE;
        }
        return due.isAfter(today.plusDays(dueSoonDays)) ? OccurrenceState.UPCOMING : OccurrenceState.DUE;
    }
}

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

/** Turns plans and recorded fulfilments into occurrences with their state on a day. */
final class OccurrenceCalculator {

    private final LocalDate today;
    private final int dueSoonDays;
    private final Function<String, LocalDate> agreementStart;

    /**
     * @param today          the platform's today
     * @param dueSoonDays    an occurrence is DUE from this many days before its date
     * @param agreementStart an agreement's start by id (null when unknown)
     */
    OccurrenceCalculator(LocalDate today, int dueSoonDays, Function<String, LocalDate> agreementStart) {
        this.today = today;
        this.dueSoonDays = dueSoonDays;
        this.agreementStart = agreementStart;
    }

    /** @return the plans' occurrences due in {@code [from, to]}, by due date then plan */
    List<Occurrence> occurrences(List<ObligationPlan> plans, List<Fulfilment> fulfilments, LocalDate from,
            LocalDate to) {
        Map<String, List<Fulfilment>> byOccurrence = fulfilments.stream()
                .collect(Collectors.groupingBy(Fulfilment::occurrence));
        List<Occurrence> found = new ArrayList<>();
        for (ObligationPlan plan : plans) {
            for (LocalDate due : schedule(plan).dueDates(from, to)) {
                String id = Occurrence.idOf(plan.id(), due);
                found.add(occurrence(plan, due, byOccurrence.getOrDefault(id, List.of())));
            }
        }
        found.sort(Comparator.comparing(Occurrence::dueDate).thenComparing(Occurrence::plan));
        return found;
    }

    Schedule schedule(ObligationPlan plan) {
        return new Schedule(plan, plan.agreement() == null ? null : agreementStart.apply(plan.agreement()));
    }

    Occurrence occurrence(ObligationPlan plan, LocalDate due, List<Fulfilment> fulfilments) {
        return new Occurrence(Occurrence.idOf(plan.id(), due), plan.id(), plan.title(), plan.kind(),
                plan.agreement(), plan.body(), plan.responsible(), due, state(plan, due, fulfilments.size()),
                plan.required(), plan.maxPerYear(), fulfilments);
    }

    OccurrenceState state(ObligationPlan plan, LocalDate due, int fulfilled) {
        if (fulfilled >= plan.required()) {
            return OccurrenceState.FULFILLED;
        }
        if (due.isBefore(today)) {
            return OccurrenceState.OVERDUE;
        }
        return due.isAfter(today.plusDays(dueSoonDays)) ? OccurrenceState.UPCOMING : OccurrenceState.DUE;
    }
}

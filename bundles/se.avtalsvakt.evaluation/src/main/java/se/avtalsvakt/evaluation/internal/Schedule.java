package se.avtalsvakt.evaluation.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import se.avtalsvakt.api.obligation.ObligationPlan;

/**
 * The due dates of a plan. Recurring dates are computed from the anchor each time ({@code anchor + k × every}),
 * never from the previous date, so a month-end anchor keeps its month ends (31 Jan + P1M = 29 Feb in a leap year,
 * + P2M = 31 Mar).
 */
public final class Schedule {

    /** Guards against periods that never move (P0D) and absurd windows. */
    private static final int MAX_STEPS = 10_000;

    private final ObligationPlan plan;
    private final LocalDate start;

    /**
     * @param plan  the plan
     * @param start the agreement's start, used by a ONCE plan with an offset and no anchor; may be null
     */
    public Schedule(ObligationPlan plan, LocalDate start) {
        this.plan = plan;
        this.start = start;
    }

    /** @return the due dates in {@code [from, to]}, in order */
    public List<LocalDate> dueDates(LocalDate from, LocalDate to) {
        LocalDate lower = plan.from() != null && plan.from().isAfter(from) ? plan.from() : from;
        LocalDate upper = plan.until() != null && plan.until().isBefore(to) ? plan.until() : to;
        List<LocalDate> dates = new ArrayList<>();
        if (upper.isBefore(lower)) {
            return dates;
        }
        switch (plan.type()) {
            case ONCE -> {
                LocalDate due = onceDate();
                if (due != null && !due.isBefore(lower) && !due.isAfter(upper)) {
                    dates.add(due);
                }
            }
            case RECURRING -> recurring(lower, upper, dates);
            case YEARLY -> yearly(lower, upper, plan.dayOfYear(), dates);
            case COUNT_PER_YEAR -> yearly(lower, upper, MonthDay.of(12, 31), dates);
        }
        return dates;
    }

    /**
     * @return the earliest day the plan can be due (its first occurrence, or the day tracking starts), or null when
     *         no date can be computed (a ONCE plan whose agreement has no start)
     */
    public LocalDate first() {
        LocalDate first = switch (plan.type()) {
            case ONCE -> onceDate();
            case RECURRING -> plan.anchor();
            case YEARLY, COUNT_PER_YEAR -> plan.anchor() != null ? plan.anchor()
                    : plan.from() != null ? plan.from().withDayOfYear(1) : null;
        };
        return first != null && plan.from() != null && plan.from().isAfter(first) ? plan.from() : first;
    }

    /** @return whether {@code day} is one of the plan's due dates */
    public boolean isDueDate(LocalDate day) {
        return dueDates(day, day).contains(day);
    }

    private LocalDate onceDate() {
        if (plan.date() != null) {
            return plan.date();
        }
        LocalDate base = plan.anchor() != null ? plan.anchor() : start;
        return base == null || plan.offset() == null ? null : base.plus(plan.offset());
    }

    private void recurring(LocalDate lower, LocalDate upper, List<LocalDate> dates) {
        LocalDate anchor = plan.anchor();
        Period every = plan.every();
        for (int k = 0; k < MAX_STEPS; k++) {
            LocalDate due = anchor.plus(every.multipliedBy(k));
            if (due.isAfter(upper)) {
                return;
            }
            if (!due.isBefore(lower)) {
                dates.add(due);
            }
        }
    }

    private void yearly(LocalDate lower, LocalDate upper, MonthDay day, List<LocalDate> dates) {
        int firstYear = lower.getYear();
        if (plan.anchor() != null && plan.anchor().getYear() > firstYear) {
            firstYear = plan.anchor().getYear();
        }
        for (int year = firstYear; year <= upper.getYear(); year++) {
            LocalDate due = day.atYear(year);
            if (!due.isBefore(lower) && !due.isAfter(upper)
                    && (plan.anchor() == null || !due.isBefore(plan.anchor()))) {
                dates.add(due);
            }
        }
    }
}

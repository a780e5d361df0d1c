package se.avtalsvakt.alerting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.avtalsvakt.api.alert.Alert;

/**
 * The steps at which a deadline raises alerts: days before its practical date ({@code 540} … {@code 0}) and,
 * optionally, {@link Alert#PASSED} the first day after its contractual last day ({@link
 * se.avtalsvakt.api.deadline.Deadline#date()}): the last day is still a day for acting. Written as in the
 * configuration: {@code 540,365,90,0,passed}. {@link Alert#OVERDUE} is not a step of a ladder: it is raised for a
 * deadline its source reports as overdue, and ranks with {@code passed}.
 *
 * @param steps the steps, earliest first
 */
record Ladder(List<String> steps) {

    /** A step and the day it falls due for one deadline. */
    record Step(String threshold, LocalDate fires) {
    }

    Ladder {
        steps = List.copyOf(steps);
    }

    /**
     * @param text  the steps separated by commas, e.g. {@code 540,365,180,90,30,7,0,passed}
     * @param field the setting it comes from, named in the error
     * @throws IllegalArgumentException naming the field and the bad step
     */
    static Ladder parse(String text, String field) {
        Set<String> steps = new LinkedHashSet<>();
        for (String raw : text.split(",")) {
            String step = raw.trim().toLowerCase(java.util.Locale.ROOT);
            if (step.isEmpty()) {
                continue;
            }
            if (!step.equals(Alert.PASSED)) {
                try {
                    int days = Integer.parseInt(step);
                    if (days < 0) {
                        throw new NumberFormatException();
                    }
                    step = Integer.toString(days);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(field + ": '" + raw.trim()
                            + "' is not a step; write days before the deadline (0 or more) or 'passed'");
                }
            }
            steps.add(step);
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(field + ": no steps; write e.g. 90,30,7,0,passed");
        }
        List<String> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingLong(Ladder::offset));
        return new Ladder(ordered);
    }

    /** @return the step's rank, days relative to the practical date: -540 … 0, and +1 for passed and overdue */
    static long offset(String threshold) {
        return Alert.PASSED.equals(threshold) || Alert.OVERDUE.equals(threshold) ? 1 : -Long.parseLong(threshold);
    }

    /** @return whether the ladder goes on after the deadline has passed */
    boolean hasPassedStep() {
        return steps.contains(Alert.PASSED);
    }

    /** @return the steps for a deadline whose practical date and contractual last day are the same day */
    List<Step> stepsFor(LocalDate effective) {
        return stepsFor(effective, effective);
    }

    /**
     * @param lastDay   the contractual last day: {@code passed} falls due the day after it
     * @param effective the practical date: the other steps count back from it
     * @return the steps for that deadline, earliest first
     */
    List<Step> stepsFor(LocalDate lastDay, LocalDate effective) {
        LocalDate passedOn = (lastDay.isAfter(effective) ? lastDay : effective).plusDays(1);
        return steps.stream().map(s -> new Step(s, Alert.PASSED.equals(s) ? passedOn
                : effective.plusDays(offset(s)))).toList();
    }

    /** @return the days of the longest lead time */
    long maxLead() {
        return steps.stream().mapToLong(s -> -offset(s)).max().orElse(0);
    }

    @Override
    public String toString() {
        return String.join(",", steps);
    }
}

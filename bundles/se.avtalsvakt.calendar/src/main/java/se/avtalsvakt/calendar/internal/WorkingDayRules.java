package se.avtalsvakt.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configurable part of the working-day rule (I1), checked.
 *
 * @param eveNonWorking whether the eves are non-working days
 * @param extra         local closures
 */
record WorkingDayRules(boolean eveNonWorking, Set<LocalDate> extra) {

    WorkingDayRules {
        extra = Set.copyOf(extra);
    }

    /**
     * @return the rules of a configuration
     * @throws IllegalArgumentException naming the key, if a value is not valid
     */
    static WorkingDayRules from(WorkingDayConfig config) {
        Set<LocalDate> extra = new TreeSet<>();
        String[] values = config.extraNonWorkingDays() == null ? new String[0] : config.extraNonWorkingDays();
        Arrays.stream(values)
                .flatMap(v -> Arrays.stream(v.split("[,\\s]+")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .forEach(v -> {
                    try {
                        extra.add(LocalDate.parse(v));
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(
                                "extraNonWorkingDays: not an ISO date (YYYY-MM-DD): '" + v + "'", e);
                    }
                });
        return new WorkingDayRules(config.eveNonWorking(), extra);
    }

    @Override
    public String toString() {
        return "eves " + (eveNonWorking ? "non-working" : "working") + ", "
                + (extra.isEmpty() ? "no local closures" : "local closures " + new TreeSet<>(extra));
    }
}

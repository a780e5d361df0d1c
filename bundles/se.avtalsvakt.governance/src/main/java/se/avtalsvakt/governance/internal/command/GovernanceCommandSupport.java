package se.avtalsvakt.governance.internal.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.Dates;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Violation;

/** What the governance commands share: the register, the clock, and one-line errors for bad input. */
public abstract class GovernanceCommandSupport implements Action {

    @Reference
    protected GovernanceService governance;

    @Reference
    protected PlatformClock clock;

    static LocalDate parseDate(String option, String text, LocalDate fallback) {
        return Dates.parse(option, text, fallback);
    }

    static <E extends Enum<E>> E parseEnum(String option, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** @return the numbers of a comma-separated list, e.g. {@code 3,4,7} */
    static List<Long> parseIds(String option, String text) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        for (String part : text.split(",")) {
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": not a representative number: '" + part.trim() + "'");
            }
        }
        return ids;
    }

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    static void printViolations(List<Violation> violations) {
        for (Violation v : violations) {
            System.out.println("  VIOLATION " + v.rule() + " " + v.subject() + ": " + v.message());
        }
    }
}

package se.avtalsvakt.evaluation.internal.command;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.Dates;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.obligation.ObligationService;

/** What the obligation commands share: the register, the clock, and one-line errors for bad input. */
public abstract class ObligationCommandSupport implements Action {

    @Reference
    protected ObligationService obligations;

    @Reference
    protected PlatformClock clock;

    /** @return the date given for {@code option}, or {@code fallback} when none was given */
    static LocalDate parseDate(String option, String text, LocalDate fallback) {
        return Dates.parse(option, text, fallback);
    }

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}

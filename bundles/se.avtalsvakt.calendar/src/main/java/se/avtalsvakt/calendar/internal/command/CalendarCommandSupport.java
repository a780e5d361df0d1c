package se.avtalsvakt.calendar.internal.command;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.console.ConsoleCommand;
import se.avtalsvakt.console.ConsoleInput;

/** What the calendar commands share: the calendar, the platform clock, and dates read with one-line errors. */
public abstract class CalendarCommandSupport extends ConsoleCommand {

    /** The most working days a command adds (about 40 years). */
    static final int MAX_ADD = 10_000;

    @Reference
    protected WorkingDayCalendar calendar;

    @Reference
    protected PlatformClock clock;

    /** @return the date, or the platform's today for null */
    LocalDate dateOrToday(String option, String text) {
        return ConsoleInput.parseDate(option, text, clock.today());
    }

    /** @return e.g. {@code 2026-12-24 (Thursday)} */
    static String withWeekday(LocalDate date) {
        return date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
    }
}

package se.avtalsvakt.calendar.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.calendar.Holiday;

/** {@code calendar:is-working-day DATE}: whether a day is a working day, and why not. */
@Command(scope = "calendar", name = "is-working-day", description = "Tells whether a date is a working day")
@Service
public class WorkingDayCheckCommand extends CalendarCommandSupport {

    @Argument(index = 0, name = "date", description = "The date, YYYY-MM-DD", required = true)
    String date;

    @Override
    protected Object run() {
        LocalDate day = parseDate("date", date);
        Optional<Holiday> holiday = calendar.holidays(day.getYear()).stream()
                .filter(h -> h.date().equals(day)).findFirst();
        if (calendar.isWorkingDay(day)) {
            System.out.println(withWeekday(day) + " is a working day"
                    + holiday.map(h -> " (" + h.name() + ": eves are configured as working days)").orElse(""));
        } else {
            System.out.println(withWeekday(day) + " is not a working day: " + reason(day, holiday));
        }
        return null;
    }

    private static String reason(LocalDate day, Optional<Holiday> holiday) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (holiday.isPresent()) {
            Holiday h = holiday.get();
            return h.name() + (h.eve() ? " (eve)" : " (public holiday)") + (weekend ? ", and a weekend" : "");
        }
        return weekend ? "weekend" : "a local closure (extraNonWorkingDays)";
    }
}

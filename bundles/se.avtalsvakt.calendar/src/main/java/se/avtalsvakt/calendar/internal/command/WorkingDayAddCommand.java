package se.avtalsvakt.calendar.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code calendar:working-days}: the day a number of working days after a date. */
@Command(scope = "calendar", name = "working-days",
        description = "Shows the day that is a number of working days after a date")
@Service
public class WorkingDayAddCommand extends CalendarCommandSupport {

    @Option(name = "--from", description = "The date to count from, YYYY-MM-DD (default: today)")
    String from;

    @Option(name = "--add", description = "How many working days to add (0 or more)", required = true)
    String add;

    @Override
    protected Object run() {
        LocalDate start = dateOrToday("--from", from);
        int add = parseNumber("--add", this.add, 0, 0, MAX_ADD);
        LocalDate date = calendar.addWorkingDays(start, add);
        System.out.println(withWeekday(date) + " is " + add + " working day" + (add == 1 ? "" : "s") + " after "
                + withWeekday(start));
        return null;
    }
}

package se.avtalsvakt.calendar.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseYear;

import java.time.format.TextStyle;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.calendar.Holiday;

/** {@code calendar:holidays}: the Swedish public holidays and eves of a year, and whether each is a working day. */
@Command(scope = "calendar", name = "holidays",
        description = "Lists the Swedish public holidays and eves of a year")
@Service
public class HolidayListCommand extends CalendarCommandSupport {

    @Option(name = "--year", description = "The year (default: this year)")
    String year;

    @Override
    protected Object run() {
        int y = parseYear("--year", year, clock.today().getYear());
        ShellTable table = new ShellTable();
        table.column("Date");
        table.column("Weekday");
        table.column("Name");
        table.column("Kind");
        table.column("Working day");
        for (Holiday h : calendar.holidays(y)) {
            table.addRow().addContent(h.date(), h.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    h.name(), h.eve() ? "eve" : "public holiday", calendar.isWorkingDay(h.date()) ? "yes" : "no");
        }
        table.print(System.out);
        return null;
    }
}

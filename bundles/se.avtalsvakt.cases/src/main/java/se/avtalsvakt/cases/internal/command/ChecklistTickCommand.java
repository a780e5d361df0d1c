package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;
import static se.avtalsvakt.console.ConsoleInput.parseId;
import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code checklist:tick}: ticks an activity off. */
@Command(scope = "checklist", name = "tick", description = "Ticks an activity of a checklist off")
@Service
public class ChecklistTickCommand extends CasesCommandSupport {

    @Argument(index = 0, name = "checklist", required = true, description = "The checklist's number")
    String checklist;

    @Argument(index = 1, name = "item", required = true, description = "The activity's number")
    String item;

    @Option(name = "--on", description = "The day, YYYY-MM-DD (default today)")
    String on;

    @Override
    protected Object run() {
        ChecklistListCommand.print(cases.completeChecklistItem(parseId("checklist", checklist, "a checklist number"),
                parseNumber("item", item, 0, 1, 100), parseDate("--on", on, null), user()));
        return null;
    }
}

package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;
import static se.avtalsvakt.console.ConsoleInput.parseId;
import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.HandoverCase;

/** {@code handover:complete}: records a checklist item as done. */
@Command(scope = "handover", name = "complete", description = "Records an item of a handover checklist as done")
@Service
public class HandoverCompleteCommand extends CasesCommandSupport {

    @Argument(index = 0, name = "case", required = true, description = "The handover case's number")
    String handover;

    @Argument(index = 1, name = "item", required = true, description = "The item's number in the checklist")
    String item;

    @Option(name = "--on", description = "The day, YYYY-MM-DD (default today)")
    String on;

    @Override
    protected Object run() {
        HandoverCase h = cases.completeHandoverItem(parseId("case", handover, "a handover case number"),
                parseNumber("item", item, 0, 1, 100), parseDate("--on", on, null), user());
        long left = h.items().stream().filter(i -> i.doneOn() == null).count();
        System.out.println("Handover case " + h.id() + ": item " + item + " done; " + left + " left (" + h.state() + ")");
        return null;
    }
}

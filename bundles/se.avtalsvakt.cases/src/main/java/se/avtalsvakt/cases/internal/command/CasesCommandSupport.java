package se.avtalsvakt.cases.internal.command;

import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.DisputeEvent;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.console.ConsoleCommand;

/** What the cases commands share: the service and how a dispute is printed. */
public abstract class CasesCommandSupport extends ConsoleCommand {

    @Reference
    protected CaseService cases;

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    static void print(Dispute d) {
        System.out.println("Dispute " + d.id() + " (" + d.state() + ") on " + d.agreement() + ": " + d.subject());
        System.out.println("  parties: " + String.join(", ", d.parties()) + "; owner " + d.owner() + "; opened "
                + d.openedOn());
        for (var s : d.ladder()) {
            String mark = s.number() == d.step() ? "->" : "  ";
            System.out.println("  " + mark + " step " + s.number() + ": " + s.title()
                    + (s.owner() != null ? " [" + s.owner() + "]" : "")
                    + (s.limitDays() != null ? ", " + s.limitDays() + " days" : ", no time limit"));
        }
        System.out.println("  at step " + d.step() + " since " + d.stepSince()
                + (d.stepDue() != null ? ", time limit " + d.stepDue() : ""));
        for (DisputeEvent e : d.history()) {
            System.out.println("  " + e.on() + " " + e.kind() + " (step " + e.step() + ") by " + e.by()
                    + (e.note() != null ? ": " + e.note() : ""));
        }
    }

    static void more(Page<?> page) {
        if (page.next() != null) {
            System.out.println("(more: use --limit or a filter)");
        }
    }
}

package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseEnum;
import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.Checklist;
import se.avtalsvakt.api.cases.ChecklistItem;
import se.avtalsvakt.api.cases.ChecklistState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.OrganisationIdCompleter;

/** {@code checklist:list}: checklists with their activities, owners and due days. */
@Command(scope = "checklist", name = "list", description = "Lists checklists with their activities, owners and due days")
@Service
public class ChecklistListCommand extends CasesCommandSupport {

    @Option(name = "--organisation", description = "Only this organisation's checklists")
    @Completion(OrganisationIdCompleter.class)
    String organisation;

    @Option(name = "--state", description = "Only checklists in this state: open, done")
    String state;

    @Option(name = "--limit", description = "At most this many checklists (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        Page<Checklist> page = cases.checklists(organisation, parseEnum("--state", state, ChecklistState.class),
                PageRequest.first(parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT)));
        page.items().forEach(ChecklistListCommand::print);
        if (page.items().isEmpty()) {
            System.out.println("No checklists.");
        }
        more(page);
        return null;
    }

    static void print(Checklist c) {
        System.out.println("Checklist " + c.id() + " (" + c.state() + ") " + c.organisation() + ": " + c.title()
                + " [" + c.template() + "], started " + c.startedOn() + " by " + c.startedBy());
        for (ChecklistItem i : c.items()) {
            System.out.println("  " + i.number() + ". " + (i.doneOn() != null ? "[x] " : "[ ] ") + i.activity()
                    + (i.owner() != null ? " / " + i.owner() : "") + (i.due() != null ? " / due " + i.due() : "")
                    + (i.doneOn() != null ? " / done " + i.doneOn() + " by " + i.doneBy() : ""));
        }
    }
}

package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseEnum;
import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.cases.HandoverCase;
import se.avtalsvakt.api.cases.HandoverItem;
import se.avtalsvakt.api.cases.HandoverState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.console.OrganisationIdCompleter;

/** {@code handover:list}: handover cases with their checklists. */
@Command(scope = "handover", name = "list", description = "Lists handover cases with their checklist items and due dates")
@Service
public class HandoverListCommand extends CasesCommandSupport {

    @Option(name = "--agreement", description = "Only this agreement's cases")
    @Completion(AgreementIdCompleter.class)
    String agreement;

    @Option(name = "--party", description = "Only this party's cases")
    @Completion(OrganisationIdCompleter.class)
    String party;

    @Option(name = "--state", description = "Only cases in this state: open, done, cancelled")
    String state;

    @Option(name = "--limit", description = "At most this many cases (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        Page<HandoverCase> page = cases.handovers(agreement, party, parseEnum("--state", state, HandoverState.class),
                PageRequest.first(parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT)));
        ShellTable table = new ShellTable();
        table.column("Case");
        table.column("Agreement");
        table.column("Party");
        table.column("Ends");
        table.column("State");
        table.column("Item");
        table.column("Owner");
        table.column("Due");
        table.column("Done");
        for (HandoverCase h : page.items()) {
            for (HandoverItem i : h.items()) {
                table.addRow().addContent(h.id(), h.agreement(), h.party() == null ? "(all)" : h.party(), h.endsOn(),
                        h.state(), i.number() + " " + i.key(), i.owner(), i.due(), orDash(i.doneOn()));
            }
        }
        table.print(System.out);
        more(page);
        return null;
    }
}

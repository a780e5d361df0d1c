package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseEnum;
import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.DisputeState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.AgreementIdCompleter;

/** {@code dispute:list}: disputes with their step and time limit. */
@Command(scope = "dispute", name = "list", description = "Lists disputes with their current step and time limit")
@Service
public class DisputeListCommand extends CasesCommandSupport {

    @Option(name = "--agreement", description = "Only this agreement's disputes")
    @Completion(AgreementIdCompleter.class)
    String agreement;

    @Option(name = "--state", description = "Only disputes in this state: open, resolved, withdrawn")
    String state;

    @Option(name = "--limit", description = "At most this many (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        Page<Dispute> page = cases.disputes(agreement, parseEnum("--state", state, DisputeState.class),
                PageRequest.first(parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT)));
        ShellTable table = new ShellTable();
        table.column("No");
        table.column("Agreement");
        table.column("Parties");
        table.column("State");
        table.column("Step");
        table.column("Since");
        table.column("Time limit");
        table.column("Subject");
        for (Dispute d : page.items()) {
            table.addRow().addContent(d.id(), d.agreement(), String.join(",", d.parties()), d.state(),
                    d.step() + "/" + d.ladder().size(), d.stepSince(), orDash(d.stepDue()), d.subject());
        }
        table.print(System.out);
        more(page);
        return null;
    }
}

package se.avtalsvakt.agreement.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.api.agreement.TermChange;

/** {@code agreement:renewals [ID]}: the recorded extensions and ends (renewal history). */
@Command(scope = "agreement", name = "renewals",
        description = "Lists the recorded term changes: each automatic extension, each party leaving and each end, with when it was recorded")
@Service
public class AgreementRenewalsCommand extends AgreementCommandSupport {

    @Argument(index = 0, name = "id", description = "Only this agreement")
    @Completion(AgreementIdCompleter.class)
    String id;

    @Option(name = "--limit", description = "At most this many rows (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Agreement");
        table.column("Change");
        table.column("Term");
        table.column("From");
        table.column("To");
        table.column("Recorded");
        var page = agreements.termChanges(id, limit(limit));
        for (TermChange c : page.items()) {
            Object change = c.kind() == TermChange.Kind.PARTY_LEFT
                    ? c.party() + " leaves at " + c.termEnd() : c.kind();
            table.addRow().addContent(c.agreement(), change, c.termNumber(), c.effectiveOn(),
                    c.kind() == TermChange.Kind.PARTY_LEFT ? "-" : orDash(c.termEnd()), c.recordedAt());
        }
        table.print(System.out);
        more(page, "term changes");
        return null;
    }
}

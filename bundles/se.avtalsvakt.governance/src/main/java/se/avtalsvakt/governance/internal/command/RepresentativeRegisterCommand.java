package se.avtalsvakt.governance.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.governance.RepresentationEntry;
import se.avtalsvakt.console.OrganisationIdCompleter;

/** {@code representative:register}: seed 002's form for one organisation: who represents it where. */
@Command(scope = "representative", name = "register",
        description = "Shows an organisation's representatives in every group and network (seed 002's register)")
@Service
public class RepresentativeRegisterCommand extends GovernanceCommandSupport {

    @Argument(index = 0, name = "organisation", required = true, description = "The organisation, e.g. boras")
    @Completion(OrganisationIdCompleter.class)
    String organisation;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Grupp / nätverk").maxSize(60);
        table.column("Vår representant").maxSize(60);
        for (RepresentationEntry e : governance.register(organisation)) {
            table.addRow().addContent((e.network() ? "Nätverk: " : "") + e.groupName(),
                    e.representatives().isEmpty() ? "-" : String.join(", ", e.representatives()));
        }
        table.print(System.out);
        return null;
    }
}

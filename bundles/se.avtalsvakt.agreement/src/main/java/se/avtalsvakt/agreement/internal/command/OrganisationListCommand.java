package se.avtalsvakt.agreement.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseEnum;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.console.OrganisationIdCompleter;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.console.ConsoleCommand;

/** {@code organisation:list}: the registered organisations. */
@Command(scope = "organisation", name = "list", description = "Lists the registered organisations")
@Service
public class OrganisationListCommand extends ConsoleCommand {

    @Reference
    OrganisationService organisations;

    @Option(name = "--kind", description = "Only this kind (REGION, MUNICIPALITY, MUNICIPAL_ASSOCIATION, "
            + "JOINT_BODY, SUPPLIER, GOVERNANCE_BODY)")
    String kind;

    @Option(name = "--parent", description = "Only organisations under this one, e.g. an association")
    @Completion(OrganisationIdCompleter.class)
    String parent;

    @Override
    protected Object run() {
        OrganisationKind k = parseEnum("--kind", kind, OrganisationKind.class);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Kind");
        table.column("Parent");
        for (Organisation o : k == null ? organisations.list() : organisations.list(k)) {
            if (parent == null || parent.equals(o.parent())) {
                table.addRow().addContent(o.id(), o.name(), o.kind(), AgreementCommandSupport.orDash(o.parent()));
            }
        }
        table.print(System.out);
        return null;
    }
}

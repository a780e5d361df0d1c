package se.avtalsvakt.agreement.internal.command;

import java.util.List;

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

    @Option(name = "--limit", description = "At most this many rows (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        OrganisationKind k = parseEnum("--kind", kind, OrganisationKind.class);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Kind");
        table.column("Parent");
        int max = AgreementCommandSupport.limit(limit).limit();
        List<Organisation> matching = (k == null ? organisations.list() : organisations.list(k)).stream()
                .filter(o -> parent == null || parent.equals(o.parent())).toList();
        matching.stream().limit(max).forEach(o -> table.addRow().addContent(o.id(), o.name(), o.kind(),
                AgreementCommandSupport.orDash(o.parent())));
        table.print(System.out);
        if (matching.size() > max) {
            System.out.println("(" + (matching.size() - max) + " more: use --limit, at most 1000, or a filter)");
        }
        return null;
    }
}

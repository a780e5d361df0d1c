package se.avtalsvakt.agreement.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseEnum;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.console.OrganisationIdCompleter;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.AgreementStatus;

/** {@code agreement:list}: the registered agreements, optionally filtered. */
@Command(scope = "agreement", name = "list", description = "Lists the registered agreements")
@Service
public class AgreementListCommand extends AgreementCommandSupport {

    @Option(name = "--status", description = "Only agreements with this status today "
            + "(NOT_STARTED, ACTIVE, NOTICE_GIVEN, ENDED, REFERENCED)")
    String status;

    @Option(name = "--party", description = "Only agreements where this organisation is a party")
    @Completion(OrganisationIdCompleter.class)
    String party;

    @Option(name = "--kind", description = "Only agreements of this kind "
            + "(COOPERATION_AGREEMENT, MUTUAL_AGREEMENT, FRAMEWORK_AGREEMENT, SUPPLY_CONTRACT)")
    String kind;

    @Option(name = "--limit", description = "At most this many rows (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        AgreementFilter filter = new AgreementFilter(parseEnum("--status", status, AgreementStatus.class), party,
                parseEnum("--kind", kind, AgreementKind.class));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Title").maxSize(60);
        table.column("Kind");
        table.column("Status");
        table.column("Start");
        table.column("First term end");
        table.column("Renewal");
        table.column("Parties");
        var page = agreements.page(filter, limit(limit));
        for (Agreement a : page.items()) {
            table.addRow().addContent(a.id(), a.title(), a.kind(), agreements.status(a), orDash(a.start()),
                    orDash(a.firstTermEnd()), renewal(a), a.parties().size());
        }
        table.print(System.out);
        more(page, "agreements");
        return null;
    }

    private static String renewal(Agreement a) {
        return switch (a.renewal().type()) {
            case AUTO_EXTEND -> "AUTO_EXTEND " + a.renewal().period();
            default -> a.renewal().type().name();
        };
    }
}

package se.avtalsvakt.supplier.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.supplier.LostAidSummary;
import se.avtalsvakt.api.supplier.SupplierAnalysis;

/** {@code lostaid:list}: the lost-aid register per care provider and article. */
@Command(scope = "lostaid", name = "list", description = "The lost-aid register per care provider and article")
@Service
public class LostAidListCommand extends SupplierCommandSupport {

    @Option(name = "--care-provider", description = "Only this care provider (organisation id)")
    String careProvider;

    @Reference
    SupplierAnalysis analysis;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Care provider");
        table.column("Article");
        table.column("Reports");
        table.column("First reported");
        table.column("Last reported");
        for (LostAidSummary s : analysis.lostAids(careProvider)) {
            table.addRow().addContent(s.careProvider(), s.article(), s.reports(), s.firstReportedOn(),
                    s.lastReportedOn());
        }
        table.print(System.out);
        return null;
    }
}

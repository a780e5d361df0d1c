package se.avtalsvakt.supplier.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.supplier.LostAidSummary;
import se.avtalsvakt.api.supplier.SupplierAnalysis;

/** {@code lostaid:list}: the lost-aid register per care provider and article. */
@Command(scope = "lostaid", name = "list", description = "The lost-aid register per care provider and article")
@Service
public class LostAidListCommand extends SupplierCommandSupport {

    @Option(name = "--care-provider", description = "Only this care provider (organisation id)")
    String careProvider;

    @Option(name = "--limit", description = "At most this many rows (default 100, at most 1000)")
    String limit;

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
        Page<LostAidSummary> page = analysis.lostAids(careProvider, page(limit));
        for (LostAidSummary s : page.items()) {
            table.addRow().addContent(s.careProvider(), s.article(), s.reports(), s.firstReportedOn(),
                    s.lastReportedOn());
        }
        table.print(System.out);
        printMore(page, "care providers and articles");
        return null;
    }
}

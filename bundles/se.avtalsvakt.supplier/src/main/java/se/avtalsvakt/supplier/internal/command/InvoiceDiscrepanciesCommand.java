package se.avtalsvakt.supplier.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.supplier.Discrepancy;
import se.avtalsvakt.api.supplier.SupplierAnalysis;

/** {@code invoice:discrepancies}: invoice reconciliation against orders and deliveries. */
@Command(scope = "invoice", name = "discrepancies",
        description = "Lists invoice discrepancies: invoiced not delivered, delivered not invoiced, amounts that "
                + "differ, lines invoiced twice")
@Service
public class InvoiceDiscrepanciesCommand extends SupplierCommandSupport {

    @Option(name = "--care-provider", description = "Only this care provider (organisation id)")
    String careProvider;

    @Option(name = "--invoice", description = "Only this invoice")
    String invoice;

    @Option(name = "--limit", description = "At most this many discrepancies (default 100, at most 1000)")
    String limit;

    @Reference
    SupplierAnalysis analysis;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Invoice");
        table.column("Line");
        table.column("Supplier");
        table.column("Care provider");
        table.column("Order");
        table.column("Kind");
        table.column("Invoiced");
        table.column("Expected");
        table.column("Detail").maxSize(80);
        Page<Discrepancy> page = analysis.discrepancies(careProvider, invoice, page(limit));
        for (Discrepancy d : page.items()) {
            table.addRow().addContent(orDash(d.invoiceId()), orDash(d.line()), d.supplier(), d.careProvider(),
                    d.orderId(), d.kind(), kronor(d.invoicedOre()), kronor(d.expectedOre()), d.detail());
        }
        table.print(System.out);
        printMore(page, "discrepancies");
        return null;
    }

    static String kronor(Long ore) {
        return ore == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f", ore / 100.0);
    }
}

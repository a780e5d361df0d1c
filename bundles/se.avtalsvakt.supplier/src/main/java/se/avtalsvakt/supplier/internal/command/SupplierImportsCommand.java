package se.avtalsvakt.supplier.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.LineError;

/** {@code supplier:imports}: the receipts of supplier files, newest first. */
@Command(scope = "supplier", name = "imports", description = "Lists the receipts of supplier files, newest first")
@Service
public class SupplierImportsCommand extends SupplierCommandSupport {

    @Option(name = "--supplier", description = "Only this supplier's files (organisation id)")
    String supplier;

    @Option(name = "--limit", description = "At most this many receipts (default 20)")
    String limit;

    @Option(name = "--errors", description = "Also list the refused lines of each receipt")
    boolean errors;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Supplier");
        table.column("Type");
        table.column("Source").maxSize(40);
        table.column("Received");
        table.column("Status");
        table.column("Read");
        table.column("Stored");
        table.column("Duplicates");
        table.column("Corrected");
        table.column("Rejected");
        var page = suppliers.imports(supplier, page(limit, 20));
        var receipts = page.items();
        for (ImportReceipt r : receipts) {
            table.addRow().addContent(r.id(), r.supplier(), r.type().path(), r.source(), r.receivedAt(), r.status(),
                    r.read(), r.stored(), r.duplicates(), r.corrected(), r.rejected());
        }
        table.print(System.out);
        printMore(page, "receipts");
        if (errors) {
            for (ImportReceipt r : receipts) {
                for (LineError e : r.errors()) {
                    System.out.println(r.id() + " line " + e.line() + (e.field().isEmpty() ? "" : " " + e.field())
                            + ": " + e.reason());
                }
            }
        }
        return null;
    }
}

package se.avtalsvakt.supplier.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.supplier.DeliveryView;

/** {@code delivery:list}: deliveries with their check deadline and check. */
@Command(scope = "delivery", name = "list", description = "Lists deliveries with their check deadline")
@Service
public class DeliveryListCommand extends SupplierCommandSupport {

    @Option(name = "--unchecked", description = "Only deliveries not yet checked")
    boolean unchecked;

    @Option(name = "--care-provider", description = "Only this care provider's deliveries (organisation id)")
    String careProvider;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Delivery");
        table.column("Supplier");
        table.column("Order");
        table.column("Care provider");
        table.column("Article");
        table.column("Quantity");
        table.column("Delivered");
        table.column("Check due");
        table.column("Checked");
        table.column("Matches order");
        for (DeliveryView d : suppliers.deliveries(careProvider, unchecked)) {
            table.addRow().addContent(d.delivery().recordId(), d.supplier(), d.delivery().orderId(),
                    d.delivery().careProvider(), d.delivery().article(), d.delivery().quantity(), d.delivery().date(),
                    d.checkDueOn(), d.checked() ? d.check().checkedOn() : "-",
                    d.checked() ? (d.check().matchesOrder() ? "yes" : "no") : "-");
        }
        table.print(System.out);
        return null;
    }
}

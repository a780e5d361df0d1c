package se.avtalsvakt.supplier.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import java.util.Map;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.supplier.DeliveryFilter;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.console.OrganisationIdCompleter;

/** {@code delivery:list}: deliveries with their check deadline and check. */
@Command(scope = "delivery", name = "list", description = "Lists deliveries with their check deadline")
@Service
public class DeliveryListCommand extends SupplierCommandSupport {

    @Option(name = "--unchecked", description = "Only deliveries not yet checked")
    boolean unchecked;

    @Option(name = "--care-provider", description = "Only this care provider's deliveries (organisation id)")
    @Completion(OrganisationIdCompleter.class)
    String careProvider;

    @Option(name = "--supplier", description = "Only this supplier's deliveries (organisation id)")
    @Completion(OrganisationIdCompleter.class)
    String supplier;

    @Option(name = "--check-due", description = "Only deliveries whose check deadline is this day (YYYY-MM-DD): "
            + "with --unchecked, --care-provider and --supplier the deliveries behind one unchecked-deliveries alert")
    String checkDue;

    @Option(name = "--from", description = "Only deliveries made on or after this day (YYYY-MM-DD)")
    String from;

    @Option(name = "--to", description = "Only deliveries made on or before this day (YYYY-MM-DD)")
    String to;

    @Option(name = "--limit", description = "At most this many deliveries (default 100, at most 1000)")
    String limit;

    @Override
    protected Map<String, String> fieldOptions() {
        return Map.of("deliveredFrom", "--from", "deliveredTo", "--to");
    }

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
        PageRequest request = page(limit);
        Page<DeliveryView> page = suppliers.deliveries(new DeliveryFilter(careProvider, supplier, unchecked,
                parseDate("--check-due", checkDue, null), parseDate("--from", from, null),
                parseDate("--to", to, null)), request);
        for (DeliveryView d : page.items()) {
            table.addRow().addContent(d.delivery().recordId(), d.supplier(), d.delivery().orderId(),
                    d.delivery().careProvider(), d.delivery().article(), d.delivery().quantity(), d.delivery().date(),
                    d.checkDueOn(), d.checked() ? d.check().checkedOn() : "-",
                    d.checked() ? (d.check().matchesOrder() ? "yes" : "no") : "-");
        }
        table.print(System.out);
        printMore(page, "deliveries");
        return null;
    }
}

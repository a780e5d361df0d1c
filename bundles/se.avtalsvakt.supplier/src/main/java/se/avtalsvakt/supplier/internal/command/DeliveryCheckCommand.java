package se.avtalsvakt.supplier.internal.command;

import java.util.Map;
import static se.avtalsvakt.console.ConsoleInput.parseDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.console.OrganisationIdCompleter;
import se.avtalsvakt.console.UncheckedDeliveryIdCompleter;

/** {@code delivery:check}: records a care provider's check of a delivery (R6). */
@Command(scope = "delivery", name = "check", description = "Records the check of a delivery against its order")
@Service
public class DeliveryCheckCommand extends SupplierCommandSupport {

    @Option(name = "--date", description = "The day of the check (default today)")
    String date;

    @Option(name = "--mismatch", description = "The delivery did not match the order")
    boolean mismatch;

    @Option(name = "--note", description = "A note, e.g. what did not match")
    String note;

    @Option(name = "--supplier", description = "The supplier, when two suppliers use the same delivery id")
    @Completion(OrganisationIdCompleter.class)
    String supplier;

    @Argument(index = 0, name = "delivery", description = "The delivery id (Tab offers the unchecked ones)",
            required = true)
    @Completion(UncheckedDeliveryIdCompleter.class)
    String delivery;

    @Override
    protected Map<String, String> fieldOptions() {
        return Map.of("checkedOn", "--date", "note", "--note", "deliveryId", "delivery");
    }

    @Override
    protected Object run() {
        DeliveryView d = suppliers.checkDelivery(delivery, supplier,
                new DeliveryCheck(parseDate("--date", date, null), !mismatch, note), user());
        System.out.println("Delivery " + d.delivery().recordId() + " from " + d.supplier() + " checked on "
                + d.check().checkedOn() + (d.check().matchesOrder() ? ", matches the order" : ", does NOT match the order")
                + (d.check().checkedOn().isAfter(d.checkDueOn()) ? " (late: due " + d.checkDueOn() + ")" : ""));
        return null;
    }
}

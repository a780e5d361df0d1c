package se.avtalsvakt.supplier.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.DeliveryView;

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
    String supplier;

    @Argument(index = 0, name = "delivery", description = "The delivery id", required = true)
    String delivery;

    @Reference
    Session session;

    @Override
    public Object execute() {
        DeliveryView d = suppliers.checkDelivery(delivery, supplier,
                new DeliveryCheck(parseDate("--date", date, null), !mismatch, note), user());
        System.out.println("Delivery " + d.delivery().recordId() + " from " + d.supplier() + " checked on "
                + d.check().checkedOn() + (d.check().matchesOrder() ? ", matches the order" : ", does NOT match the order")
                + (d.check().checkedOn().isAfter(d.checkDueOn()) ? " (late: due " + d.checkDueOn() + ")" : ""));
        return null;
    }

    private String user() {
        Object user = session == null ? null : session.get("USER");
        return user == null ? "console" : user.toString();
    }
}

package se.avtalsvakt.supplier.internal.command;

import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.supplier.SupplierService;
import se.avtalsvakt.console.ConsoleCommand;

/** What the supplier and delivery commands share. */
public abstract class SupplierCommandSupport extends ConsoleCommand {

    @Reference
    protected SupplierService suppliers;

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}

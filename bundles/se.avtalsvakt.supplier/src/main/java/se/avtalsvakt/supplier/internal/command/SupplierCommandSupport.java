package se.avtalsvakt.supplier.internal.command;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.Dates;
import se.avtalsvakt.api.supplier.SupplierService;

/** What the supplier and delivery commands share. */
public abstract class SupplierCommandSupport implements Action {

    @Reference
    protected SupplierService suppliers;

    static LocalDate parseDate(String option, String text, LocalDate fallback) {
        return Dates.parse(option, text, fallback);
    }

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}

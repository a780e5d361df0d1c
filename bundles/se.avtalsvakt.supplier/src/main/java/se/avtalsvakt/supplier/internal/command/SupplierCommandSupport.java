package se.avtalsvakt.supplier.internal.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.supplier.SupplierService;

/** What the supplier and delivery commands share. */
public abstract class SupplierCommandSupport implements Action {

    @Reference
    protected SupplierService suppliers;

    static LocalDate parseDate(String option, String text, LocalDate fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": not a date (YYYY-MM-DD): '" + text + "'");
        }
    }

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}

package se.avtalsvakt.supplier.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.supplier.SupplierService;
import se.avtalsvakt.console.ConsoleCommand;

/** What the supplier and delivery commands share. */
public abstract class SupplierCommandSupport extends ConsoleCommand {

    @Reference
    protected SupplierService suppliers;

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    /** @return the first page of at most {@code --limit} rows (default 100, at most 1000) */
    static PageRequest page(String limit) {
        return page(limit, PageRequest.DEFAULT_LIMIT);
    }

    /** @return the first page of at most {@code --limit} rows (default {@code byDefault}, at most 1000) */
    static PageRequest page(String limit, int byDefault) {
        return PageRequest.first(parseNumber("--limit", limit, byDefault, 1, PageRequest.MAX_LIMIT));
    }

    /** Says that the list was cut, when it was: never an unbounded list, never a silent cut. */
    static void printMore(Page<?> page, String what) {
        if (page.next() != null) {
            System.out.println("(more " + what + " than these " + page.items().size()
                    + ": use --limit, at most " + PageRequest.MAX_LIMIT + ", or a filter)");
        }
    }
}

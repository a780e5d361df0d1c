package se.avtalsvakt.console;

import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.supplier.SupplierService;

/** Completes the ids of deliveries not yet checked, by prefix, a bounded page at a time (for delivery:check). */
@Service
public class UncheckedDeliveryIdCompleter extends BoundedCompleter {

    @Reference(optional = true)
    SupplierService suppliers;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        return suppliers == null ? List.of() : suppliers.uncheckedDeliveryIds(prefix, limit);
    }
}

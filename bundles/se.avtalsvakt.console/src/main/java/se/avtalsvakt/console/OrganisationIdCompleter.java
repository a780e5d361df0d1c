package se.avtalsvakt.console;

import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationService;

/**
 * Completes organisation ids. The organisation register is small (the region's municipalities, associations,
 * suppliers and bodies: hundreds, not thousands), so it is read whole and cut to the limit.
 */
@Service
public class OrganisationIdCompleter extends BoundedCompleter {

    @Reference(optional = true)
    OrganisationService organisations;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        if (organisations == null) {
            return List.of();
        }
        return organisations.list().stream().map(Organisation::id).filter(id -> id.startsWith(prefix)).sorted()
                .limit(limit).toList();
    }
}

package se.avtalsvakt.console;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;

/**
 * Completes the ids of governance bodies: those of the governance register when it is installed, else the
 * organisations registered as governance bodies.
 */
@Service
public class BodyIdCompleter extends BoundedCompleter {

    @Reference(optional = true)
    GovernanceService governance;

    @Reference(optional = true)
    OrganisationService organisations;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        Stream<String> ids;
        if (governance != null) {
            ids = governance.bodies().stream().map(Body::id);
        } else if (organisations != null) {
            ids = organisations.list(OrganisationKind.GOVERNANCE_BODY).stream().map(Organisation::id);
        } else {
            return List.of();
        }
        return ids.filter(id -> id.startsWith(prefix)).sorted().limit(limit).toList();
    }
}

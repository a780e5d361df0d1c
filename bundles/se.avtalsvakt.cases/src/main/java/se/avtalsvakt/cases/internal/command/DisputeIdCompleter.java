package se.avtalsvakt.cases.internal.command;

import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.DisputeState;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.BoundedCompleter;

/** Completes the numbers of open disputes (at most one page). */
@Service
public class DisputeIdCompleter extends BoundedCompleter {

    @Reference(optional = true)
    CaseService cases;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        if (cases == null) {
            return List.of();
        }
        return cases.disputes(null, DisputeState.OPEN, PageRequest.first(1000)).items().stream()
                .map(d -> String.valueOf(d.id())).filter(id -> id.startsWith(prefix)).limit(limit).toList();
    }
}

package se.avtalsvakt.console;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;

/**
 * Completes the ids ({@code planId:YYYY-MM-DD}) of obligation occurrences not fulfilled, from ten years back to a
 * year ahead (for obligation:fulfil).
 */
@Service
public class OccurrenceIdCompleter extends BoundedCompleter {

    @Reference(optional = true)
    ObligationService obligations;

    @Reference(optional = true)
    PlatformClock clock;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        if (obligations == null || clock == null) {
            return List.of();
        }
        LocalDate today = clock.today();
        return obligations.occurrences(new OccurrenceFilter(today.minusYears(10), today.plusYears(1), null, null,
                null)).stream().filter(o -> o.state() != OccurrenceState.FULFILLED).map(Occurrence::id)
                .filter(id -> id.startsWith(prefix)).sorted().limit(limit).toList();
    }
}

package se.avtalsvakt.evaluation.internal.command.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;

/** Completes the ids of occurrences not fulfilled, from ten years back to a year ahead. */
@Service
public class OccurrenceIdCompleter implements Completer {

    @Reference
    ObligationService obligations;

    @Reference
    PlatformClock clock;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        obligations.occurrences(new OccurrenceFilter(clock.today().minusYears(10), clock.today().plusYears(1), null,
                null, null)).stream().filter(o -> o.state() != OccurrenceState.FULFILLED).map(Occurrence::id)
                .forEach(delegate.getStrings()::add);
        return delegate.complete(session, commandLine, candidates);
    }
}

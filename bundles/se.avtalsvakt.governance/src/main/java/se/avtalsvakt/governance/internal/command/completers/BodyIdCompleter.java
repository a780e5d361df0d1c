package se.avtalsvakt.governance.internal.command.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.GovernanceService;

/** Completes the ids of the registered bodies. */
@Service
public class BodyIdCompleter implements Completer {

    @Reference
    GovernanceService governance;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        governance.bodies().stream().map(Body::id).forEach(delegate.getStrings()::add);
        return delegate.complete(session, commandLine, candidates);
    }
}

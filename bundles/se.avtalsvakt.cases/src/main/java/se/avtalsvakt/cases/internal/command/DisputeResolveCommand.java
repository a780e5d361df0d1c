package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;
import static se.avtalsvakt.console.ConsoleInput.parseId;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.DisputeAction;

/** {@code dispute:resolve}: Records a dispute as resolved; recorded with who and when. */
@Command(scope = "dispute", name = "resolve", description = "Records a dispute as resolved")
@Service
public class DisputeResolveCommand extends CasesCommandSupport {

    @Argument(index = 0, name = "dispute", required = true, description = "The dispute's number")
    @Completion(DisputeIdCompleter.class)
    String dispute;

    @Option(name = "--on", description = "The day, YYYY-MM-DD (default today)")
    String on;

    @Option(name = "--note", description = "What was decided or why")
    String note;

    @Override
    protected Object run() {
        print(cases.resolve(parseId("dispute", dispute, "a dispute number"),
                new DisputeAction(parseDate("--on", on, null), note), user()));
        return null;
    }
}

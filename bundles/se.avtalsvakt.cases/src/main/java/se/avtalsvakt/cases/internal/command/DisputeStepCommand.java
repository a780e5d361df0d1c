package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;
import static se.avtalsvakt.console.ConsoleInput.parseId;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.DisputeAction;

/** A step taken in a dispute (escalated, resolved, withdrawn): the same arguments, recorded with who and when. */
abstract class DisputeStepCommand extends CasesCommandSupport {

    @Argument(index = 0, name = "dispute", required = true, description = "The dispute's number")
    @Completion(DisputeIdCompleter.class)
    String dispute;

    @Option(name = "--on", description = "The day, YYYY-MM-DD (default today)")
    String on;

    @Option(name = "--note", description = "What was decided or why")
    String note;

    /** @return the dispute after the step, as the service answers it */
    abstract Dispute take(CaseService service, long id, DisputeAction action, String by);

    @Override
    protected Object run() {
        print(take(cases, parseId("dispute", dispute, "a dispute number"),
                new DisputeAction(parseDate("--on", on, null), note), user()));
        return null;
    }
}

package se.avtalsvakt.agreement.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.api.agreement.Revision;

/**
 * {@code agreement:revise ID --document SPEC --diary D --decided DATE [--effective DATE] --summary TEXT}: adds one
 * revision to a document's change log.
 */
@Command(scope = "agreement", name = "revise",
        description = "Adds a revision to the change log of one of an agreement's documents (the main document only when a new term starts)")
@Service
public class AgreementReviseCommand extends AgreementCommandSupport {

    @Argument(index = 0, name = "id", description = "The agreement's id", required = true)
    @Completion(AgreementIdCompleter.class)
    String id;

    @Option(name = "--document", description = "The document revised (a specification id, e.g. finansiell-samverkan)",
            required = true)
    String document;

    @Option(name = "--diary", description = "The revision's diary number (diarienummer)", required = true)
    String diary;

    @Option(name = "--decided", description = "The day it was decided (YYYY-MM-DD)", required = true)
    String decided;

    @Option(name = "--effective", description = "The day it takes effect (YYYY-MM-DD); default the day decided")
    String effective;

    @Option(name = "--decided-by", description = "Who decided it, e.g. ledningsradet")
    String decidedBy;

    @Option(name = "--summary", description = "What changed, in a sentence", required = true)
    String summary;

    @Override
    protected java.util.Map<String, String> fieldOptions() {
        return java.util.Map.of("diaryNumber", "--diary", "decidedOn", "--decided", "effectiveFrom", "--effective",
                "decidedBy", "--decided-by");
    }

    @Override
    protected Object run() {
        var agreement = agreements.get(id);
        if (agreement.specifications().stream().noneMatch(s -> s.id().equals(document))) {
            throw new IllegalArgumentException("--document: '" + document + "' is not a document of " + id
                    + "; its documents: " + String.join(", ", agreement.specifications().stream()
                            .map(s -> s.id()).toList()));
        }
        Revision r = new Revision(diary, parseDate("--decided", decided, null), decidedBy, summary,
                parseDate("--effective", effective, null));
        agreements.addRevision(id, document, r);
        System.out.println("Revision " + diary + " of " + document + " logged on " + id + " (in effect from "
                + r.effectiveDate() + ")");
        return null;
    }
}

package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.DevelopmentIssue;
import se.avtalsvakt.console.BodyIdCompleter;

/** {@code development-issue:raise}: adds a development issue to the register. */
@Command(scope = "development-issue", name = "raise", description = "Raises a development issue owned by a governance body")
@Service
public class DevelopmentIssueRaiseCommand extends CasesCommandSupport {

    @Argument(index = 0, name = "owner", required = true, description = "The owner body's id")
    @Completion(BodyIdCompleter.class)
    String owner;

    @Argument(index = 1, name = "title", required = true, description = "What it is about")
    String title;

    @Option(name = "--description", description = "More about it")
    String description;

    @Option(name = "--raised-by", description = "Who raised it")
    String raisedBy;

    @Option(name = "--raised-on", description = "The day it was raised, YYYY-MM-DD (default today)")
    String raisedOn;

    @Option(name = "--next-review", description = "The day the owner reviews it next, YYYY-MM-DD")
    String nextReview;

    @Override
    protected Map<String, String> fieldOptions() {
        return Map.of("raisedOn", "--raised-on", "nextReview", "--next-review", "raisedBy", "--raised-by");
    }

    @Override
    protected Object run() {
        DevelopmentIssue i = cases.raiseDevelopmentIssue(new DevelopmentIssue(0, title, description, raisedBy, owner,
                null, parseDate("--raised-on", raisedOn, null), parseDate("--next-review", nextReview, null),
                List.of()));
        System.out.println("Development issue " + i.id() + " raised, owned by " + i.owner()
                + (i.nextReview() != null ? ", next review " + i.nextReview() : ""));
        return null;
    }
}

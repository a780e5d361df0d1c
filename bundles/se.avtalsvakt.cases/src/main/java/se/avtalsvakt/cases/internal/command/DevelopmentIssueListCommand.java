package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseEnum;
import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.cases.DevelopmentIssue;
import se.avtalsvakt.api.cases.DevelopmentIssueState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.BodyIdCompleter;

/** {@code development-issue:list}: the register of development issues. */
@Command(scope = "development-issue", name = "list", description = "Lists development issues with their owner body and next review")
@Service
public class DevelopmentIssueListCommand extends CasesCommandSupport {

    @Option(name = "--owner", description = "Only this body's issues")
    @Completion(BodyIdCompleter.class)
    String owner;

    @Option(name = "--state", description = "Only issues in this state: open, in-progress, done, dropped")
    String state;

    @Option(name = "--limit", description = "At most this many (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        Page<DevelopmentIssue> page = cases.developmentIssues(owner,
                parseEnum("--state", state, DevelopmentIssueState.class),
                PageRequest.first(parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT)));
        ShellTable table = new ShellTable();
        table.column("No");
        table.column("Owner");
        table.column("State");
        table.column("Raised");
        table.column("Next review");
        table.column("Decisions");
        table.column("Title");
        for (DevelopmentIssue i : page.items()) {
            table.addRow().addContent(i.id(), i.owner(), i.state(), i.raisedOn(), orDash(i.nextReview()),
                    i.decisions().isEmpty() ? "-" : i.decisions().toString(), i.title());
        }
        table.print(System.out);
        more(page);
        return null;
    }
}

package se.avtalsvakt.agreement.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.console.OrganisationIdCompleter;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.TermInfo;

/** {@code agreement:terms ID [--as-of DATE] [--party ORG]}: the current term and its notice deadlines. */
@Command(scope = "agreement", name = "terms",
        description = "Shows the term an agreement is in on a day, its notice deadline and practical deadline")
@Service
public class AgreementTermsCommand extends AgreementCommandSupport {

    @Reference
    PlatformClock clock;

    @Argument(index = 0, name = "id", description = "The agreement's id", required = true)
    @Completion(AgreementIdCompleter.class)
    String id;

    @Option(name = "--as-of", description = "The day to ask about (YYYY-MM-DD); default today")
    String asOf;

    @Option(name = "--party", description = "One party's view: its own status and last day")
    @Completion(OrganisationIdCompleter.class)
    String party;

    @Override
    protected Object run() {
        LocalDate day = parseDate("--as-of", asOf, clock.today());
        TermInfo t = agreements.terms(id, day, party);
        System.out.printf("%s%s as of %s%n", t.agreement(), party == null ? "" : " for " + party, t.asOf());
        row("Status", t.status());
        row("Term", t.termNumber() == null ? "-" : t.termNumber() + " (" + t.termStart() + " - "
                + orDash(t.termEnd()) + ")");
        row("Notice deadline", orDash(t.noticeDeadline()));
        row("Practical deadline", orDash(t.practicalNoticeDeadline())
                + (t.practicalNoticeDeadline() != null && !t.practicalNoticeDeadline().equals(t.noticeDeadline())
                        ? " (the deadline is not a working day)" : ""));
        row("Ends on", t.endsOn() == null ? "- (runs on)" : t.endsOn());
        return null;
    }

    private static void row(String label, Object value) {
        System.out.printf("  %-20s %s%n", label, value);
    }
}

package se.avtalsvakt.governance.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Violation;
import se.avtalsvakt.console.ConsoleCommand;
import se.avtalsvakt.console.ConsoleInput;

/** What the governance commands share: the register, the clock, and representative numbers read from a list. */
public abstract class GovernanceCommandSupport extends ConsoleCommand {

    @Reference
    protected GovernanceService governance;

    @Reference
    protected PlatformClock clock;

    /** @return the representatives' numbers of a comma-separated list, e.g. {@code 3,4,7} */
    static List<Long> parseIds(String option, String text) {
        return ConsoleInput.parseIds(option, text, "representative numbers, e.g. 3,4,7");
    }

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    static void printViolations(List<Violation> violations) {
        for (Violation v : violations) {
            System.out.println("  VIOLATION " + v.rule() + " " + v.subject() + ": " + v.message());
        }
    }
}

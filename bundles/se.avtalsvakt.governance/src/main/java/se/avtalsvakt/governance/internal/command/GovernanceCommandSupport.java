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

    /** @return the number of rows asked for with {@code --limit}: 100 by default, at most 1000 */
    static int limit(String limit) {
        return ConsoleInput.parseNumber("--limit", limit, se.avtalsvakt.api.page.PageRequest.DEFAULT_LIMIT, 1,
                se.avtalsvakt.api.page.PageRequest.MAX_LIMIT);
    }

    /** Prints, below a list cut at its limit, that there is more and how to see it. */
    static void more(boolean cut, int shown, String what) {
        if (cut) {
            System.out.println("(only the first " + shown + " " + what + " are shown; there are more: use --limit, "
                    + "at most 1000, or a filter)");
        }
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

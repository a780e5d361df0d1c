package se.avtalsvakt.evaluation.internal.command;

import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.ConsoleCommand;
import se.avtalsvakt.console.ConsoleInput;

/** What the obligation commands share: the register and the clock. */
public abstract class ObligationCommandSupport extends ConsoleCommand {

    @Reference
    protected ObligationService obligations;

    @Reference
    protected PlatformClock clock;

    /** @return the page size asked for with {@code --limit}: 100 by default, at most 1000 */
    protected static PageRequest page(String limit) {
        return PageRequest.first(ConsoleInput.parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1,
                PageRequest.MAX_LIMIT));
    }

    /** Prints, below a list cut at its limit, that there is more and how to see it. */
    protected static void more(Page<?> page, String what) {
        if (page.next() != null) {
            System.out.println("(only the first " + page.items().size() + " " + what
                    + " are shown; there are more: use --limit, at most 1000, or a filter)");
        }
    }
}

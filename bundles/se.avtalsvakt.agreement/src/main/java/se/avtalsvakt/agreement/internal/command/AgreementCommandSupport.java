package se.avtalsvakt.agreement.internal.command;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.ConsoleCommand;
import se.avtalsvakt.console.ConsoleInput;

/** What the agreement commands share: the register, and files relative to the Karaf home folder. */
public abstract class AgreementCommandSupport extends ConsoleCommand {

    @Reference
    protected AgreementService agreements;

    /** @return a path; a relative one is taken from the Karaf home folder */
    static Path resolve(String file) {
        Path path = Path.of(file);
        String base = System.getProperty("karaf.base");
        return path.isAbsolute() || base == null ? path : Path.of(base).resolve(path);
    }

    /** @return the page size asked for with {@code --limit}: 100 by default, at most 1000 */
    static PageRequest limit(String limit) {
        return PageRequest.first(ConsoleInput.parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1,
                PageRequest.MAX_LIMIT));
    }

    /** Prints, below a list cut at its limit, that there is more and how to see it. */
    static void more(Page<?> page, String what) {
        if (page.next() != null) {
            System.out.println("(only the first " + page.items().size() + " " + what
                    + " are shown; there are more: use --limit, at most 1000, or a filter)");
        }
    }

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}

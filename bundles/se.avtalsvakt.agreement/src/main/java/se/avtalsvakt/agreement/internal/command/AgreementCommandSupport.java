package se.avtalsvakt.agreement.internal.command;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.console.ConsoleCommand;

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

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}

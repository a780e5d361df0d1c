package se.avtalsvakt.agreement.internal.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.api.agreement.AgreementExchange;
import se.avtalsvakt.api.agreement.ExchangeDocument;

/** {@code agreement:export [ID] FILE}: writes agreements in the exchange format, ready to import elsewhere. */
@Command(scope = "agreement", name = "export",
        description = "Exports all agreements, or one with the organisations it names, to a JSON file")
@Service
public class AgreementExportCommand extends AgreementCommandSupport {

    @Reference
    AgreementExchange exchange;

    @Argument(index = 0, name = "id-or-file", description = "An agreement id, or the file when exporting everything",
            required = true)
    @Completion(AgreementIdCompleter.class)
    String first;

    @Argument(index = 1, name = "file", description = "The file to write (relative paths start at the Karaf home "
            + "folder)")
    String second;

    @Override
    protected Object run() throws IOException {
        String id = second == null ? null : first;
        Path path = resolve(second == null ? first : second);
        ExchangeDocument doc = exchange.export(id);
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // write beside the target and move into place, so a failed export never leaves half a file
        Path temp = Files.createTempFile(parent, ".export-", ".json");
        try (OutputStream out = Files.newOutputStream(temp)) {
            exchange.write(doc, out);
        }
        Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Exported " + doc.agreements().size() + " agreement(s) and " + doc.organisations().size()
                + " organisation(s) to " + path);
        return null;
    }
}

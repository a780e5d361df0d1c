package se.avtalsvakt.agreement.internal.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.AgreementExchange;
import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.agreement.ImportMode;
import se.avtalsvakt.api.agreement.ImportResult;

/** {@code agreement:import FILE}: loads organisations and agreements from an exchange-format file. */
@Command(scope = "agreement", name = "import",
        description = "Imports organisations and agreements from a JSON file in the exchange format; "
                + "an invalid file is refused whole, with every problem listed")
@Service
public class AgreementImportCommand extends AgreementCommandSupport {

    @Reference
    AgreementExchange exchange;

    @Argument(index = 0, name = "file", description = "The JSON file (relative paths start at the Karaf home folder)",
            required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--keep-existing", description = "Keep registered organisations and agreements as they are; "
            + "only add new ones")
    boolean keepExisting;

    @Override
    protected Object run() throws IOException {
        Path path = resolve(file);
        ExchangeDocument doc;
        try (InputStream in = Files.newInputStream(path)) {
            doc = exchange.read(in);
            ImportResult result = exchange.importDocument(doc,
                    keepExisting ? ImportMode.KEEP_EXISTING : ImportMode.REPLACE);
            System.out.println("Imported " + path.getFileName() + ": " + result);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + path);
        } catch (ValidationException e) {
            for (Problem p : e.problems()) {
                System.out.println("  " + p);
            }
            throw new IllegalArgumentException(path.getFileName() + " refused, nothing imported: "
                    + e.problems().size() + " problem(s), listed above");
        }
        return null;
    }
}

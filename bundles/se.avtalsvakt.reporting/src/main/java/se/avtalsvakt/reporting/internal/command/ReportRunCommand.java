package se.avtalsvakt.reporting.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseYear;
import static se.avtalsvakt.console.ConsoleInput.parseDate;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.report.RenderedReport;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportService;
import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.console.BodyIdCompleter;
import se.avtalsvakt.console.ConsoleCommand;
import se.avtalsvakt.console.OrganisationIdCompleter;
import se.avtalsvakt.console.ReportFormatCompleter;
import se.avtalsvakt.console.ReportKindCompleter;

/** {@code report:run}: runs a report and prints it or writes it to a file. */
@Command(scope = "report", name = "run", description = "Runs a report (options before the kind): JSON and CSV are "
        + "printed unless --out is given; PDF needs --out")
@Service
public class ReportRunCommand extends ConsoleCommand {

    @Reference
    ReportService reports;

    @Option(name = "--year", description = "The calendar year")
    String year;

    @Option(name = "--from", description = "The first day, YYYY-MM-DD")
    String from;

    @Option(name = "--to", description = "The last day, YYYY-MM-DD")
    String to;

    @Option(name = "--organisation", description = "Only what concerns this organisation")
    @Completion(OrganisationIdCompleter.class)
    String organisation;

    @Option(name = "--body", description = "Only what concerns this body")
    @Completion(BodyIdCompleter.class)
    String body;

    @Option(name = "--agreement", description = "Only what concerns this agreement")
    @Completion(AgreementIdCompleter.class)
    String agreement;

    @Option(name = "--net-results", description = "Net results per main area: 'area=amount;area=amount'")
    String netResults;

    @Option(name = "--costs", description = "A CSV file of costs (care_provider;main_area;cost) for cost-allocation")
    String costs;

    @Option(name = "--format", description = "json (default), csv, pdf or a plug-in's format")
    @Completion(ReportFormatCompleter.class)
    String format = "json";

    @Option(name = "--out", description = "Write to this file (relative to Karaf's home)")
    String out;

    @Argument(index = 0, name = "kind", required = true, description = "The report, e.g. deadlines (see report:list)")
    @Completion(ReportKindCompleter.class)
    String kind;

    /** Counts what passes, for the line that says how much was written. */
    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    @Override
    protected Object run() throws IOException {
        Map<String, String> options = new HashMap<>();
        if (netResults != null) {
            options.put("netResults", netResults);
        }
        String attachment = costs != null ? Files.readString(Path.of(costs), StandardCharsets.UTF_8) : null;
        RenderedReport report = reports.run(new ReportRequest(kind, parseYear("--year", year), parseDate("--from", from), parseDate("--to", to),
                organisation, body, agreement, options, attachment), format);
        if (out == null) {
            if (report.contentType().startsWith("application/pdf")) {
                throw new IllegalArgumentException("--out: a PDF must be written to a file");
            }
            System.out.println(new String(report.content(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
            return null;
        }
        Path file = Path.of(out);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        long written;
        try (OutputStream stream = Files.newOutputStream(file);
             CountingOutputStream counted = new CountingOutputStream(new BufferedOutputStream(stream))) {
            report.write(counted);
            counted.flush();
            written = counted.count;
        }
        System.out.println("Wrote " + written + " bytes to " + file.toAbsolutePath()
                + " (" + report.contentType() + ")");
        return null;
    }
}

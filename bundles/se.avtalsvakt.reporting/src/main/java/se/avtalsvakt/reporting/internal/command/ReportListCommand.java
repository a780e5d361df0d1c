package se.avtalsvakt.reporting.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.report.ReportInfo;
import se.avtalsvakt.api.report.ReportService;
import se.avtalsvakt.console.ConsoleCommand;

/** {@code report:list}: the installed reports and formats. */
@Command(scope = "report", name = "list", description = "Lists the installed reports, their parameters and formats")
@Service
public class ReportListCommand extends ConsoleCommand {

    @Reference
    ReportService reports;

    @Option(name = "--limit", description = "At most this many reports (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        int max = parseNumber("--limit", limit, 100, 1, 1000);
        List<ReportInfo> all = reports.reports();
        for (ReportInfo r : all.subList(0, Math.min(max, all.size()))) {
            System.out.println(String.format("%-18s %s  [parameters: %s]", r.kind(), r.title(),
                    String.join(", ", r.parameters())));
        }
        if (all.size() > max) {
            System.out.println("… (" + (all.size() - max) + " more: use --limit)");
        }
        System.out.println("formats: " + String.join(", ", reports.formats()));
        return null;
    }
}

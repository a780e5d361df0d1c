package se.avtalsvakt.console;

import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.report.ReportService;

/** Completes the report formats installed (json, csv, pdf and any a plug-in adds). */
@Service
public class ReportFormatCompleter extends BoundedCompleter {

    @Reference(optional = true)
    ReportService reports;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        if (reports == null) {
            return List.of();
        }
        return reports.formats().stream().filter(f -> f.startsWith(prefix)).sorted().limit(limit).toList();
    }
}

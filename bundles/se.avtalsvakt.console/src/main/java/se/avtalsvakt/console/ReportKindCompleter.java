package se.avtalsvakt.console;

import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.report.ReportInfo;
import se.avtalsvakt.api.report.ReportService;

/** Completes the kinds of the installed reports (a plug-in's included). */
@Service
public class ReportKindCompleter extends BoundedCompleter {

    @Reference(optional = true)
    ReportService reports;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        if (reports == null) {
            return List.of();
        }
        return reports.reports().stream().map(ReportInfo::kind).filter(k -> k.startsWith(prefix)).sorted()
                .limit(limit).toList();
    }
}

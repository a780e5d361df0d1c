package se.avtalsvakt.evaluation.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.console.BodyIdCompleter;

/** {@code obligation:plans}: the obligation plans and their schedules. */
@Command(scope = "obligation", name = "plans", description = "Lists the obligation plans and their schedules")
@Service
public class ObligationPlansCommand extends ObligationCommandSupport {

    @Option(name = "--agreement", description = "Only plans of this agreement")
    @Completion(AgreementIdCompleter.class)
    String agreement;

    @Option(name = "--body", description = "Only plans of this governance body")
    @Completion(BodyIdCompleter.class)
    String body;

    @Option(name = "--limit", description = "At most this many rows (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Plan");
        table.column("Title").maxSize(50);
        table.column("Kind");
        table.column("Schedule");
        table.column("Of");
        table.column("Responsible");
        var page = obligations.plans(agreement, body, page(limit));
        for (ObligationPlan p : page.items()) {
            table.addRow().addContent(p.id(), p.title(), p.kind(), schedule(p),
                    p.agreement() != null ? p.agreement() : p.body(), p.responsible());
        }
        table.print(System.out);
        more(page, "plans");
        return null;
    }

    static String schedule(ObligationPlan p) {
        String text = switch (p.type()) {
            case ONCE -> p.date() != null ? "once " + p.date()
                    : "once " + (p.anchor() != null ? p.anchor() : "start") + " + " + p.offset();
            case RECURRING -> "every " + p.every() + " from " + p.anchor();
            case YEARLY -> "yearly " + p.dayOfYear();
            case COUNT_PER_YEAR -> p.minPerYear() + (p.maxPerYear() == null ? "+"
                    : p.maxPerYear().equals(p.minPerYear()) ? "" : "-" + p.maxPerYear()) + " a year";
        };
        if (p.leadTime() != null) {
            text += ", invitation " + p.leadTime() + " before";
        }
        if (p.stopsAtNotice()) {
            text += ", stops at notice";
        }
        return p.from() != null ? text + " (from " + p.from() + ")" : text;
    }
}

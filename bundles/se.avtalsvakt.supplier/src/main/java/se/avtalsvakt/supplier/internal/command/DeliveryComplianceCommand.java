package se.avtalsvakt.supplier.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseMonth;

import java.time.YearMonth;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.supplier.CheckCompliance;
import se.avtalsvakt.api.supplier.SupplierAnalysis;

/** {@code delivery:compliance}: the share of deliveries checked within five working days, per care provider and month. */
@Command(scope = "delivery", name = "compliance",
        description = "Share of deliveries checked within five working days, per care provider and month")
@Service
public class DeliveryComplianceCommand extends SupplierCommandSupport {

    @Option(name = "--care-provider", description = "Only this care provider (organisation id)")
    String careProvider;

    @Option(name = "--from", description = "The first month, YYYY-MM (default eleven months before --to)")
    String from;

    @Option(name = "--to", description = "The last month, YYYY-MM (default this month)")
    String to;

    @Option(name = "--limit", description = "At most this many rows (default 100, at most 1000)")
    String limit;

    @Reference
    SupplierAnalysis analysis;

    @Reference
    PlatformClock clock;

    @Override
    protected Object run() {
        YearMonth last = parseMonth("--to", to, YearMonth.from(clock.today()));
        YearMonth first = parseMonth("--from", from, last.minusMonths(11));
        ShellTable table = new ShellTable();
        table.column("Care provider");
        table.column("Month");
        table.column("Deliveries");
        table.column("In time");
        table.column("Late");
        table.column("Unchecked");
        table.column("Share in time");
        Page<CheckCompliance> page = analysis.checkCompliance(careProvider, first, last, page(limit));
        for (CheckCompliance c : page.items()) {
            table.addRow().addContent(c.careProvider(), c.month(), c.deliveries(), c.checkedInTime(),
                    c.checkedLate(), c.unchecked(), String.format(Locale.ROOT, "%.0f %%", c.share() * 100));
        }
        table.print(System.out);
        printMore(page, "care providers and months");
        return null;
    }
}

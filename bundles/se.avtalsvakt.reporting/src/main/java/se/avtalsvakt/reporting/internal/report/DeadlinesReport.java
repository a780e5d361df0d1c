package se.avtalsvakt.reporting.internal.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportProvider;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.reporting.internal.DeadlineCalendar;

/** {@code deadlines}: the deadline calendar for a window (default: the coming twelve months). */
@Component(service = ReportProvider.class)
public class DeadlinesReport implements ReportProvider {

    private final DeadlineCalendar calendar;
    private final PlatformClock clock;

    @Activate
    public DeadlinesReport(@Reference DeadlineCalendar calendar, @Reference PlatformClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "deadlines";
    }

    @Override
    public String title() {
        return "Tidsfrister";
    }

    @Override
    public List<String> parameters() {
        return List.of("year", "from", "to", "organisation", "body", "agreement");
    }

    @Override
    public Report build(ReportRequest r) {
        Window w = Window.of(r, new Window(clock.today(), clock.today().plusYears(1).minusDays(1)));
        return new Report(kind(), title() + " " + w.from() + " – " + w.to(), clock.today(), parameters(r, w),
                List.of(DeadlineSections.deadlines("Tidsfrister och möten", calendar.entries(w.from(), w.to(),
                        r.agreement(), r.body(), r.organisation()), calendar.names(), calendar.labels())));
    }

    static Map<String, String> parameters(ReportRequest r, Window w) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Period", w.from() + " – " + w.to());
        if (r.organisation() != null) {
            p.put("Organisation", r.organisation());
        }
        if (r.body() != null) {
            p.put("Organ", r.body());
        }
        if (r.agreement() != null) {
            p.put("Avtal", r.agreement());
        }
        return p;
    }
}

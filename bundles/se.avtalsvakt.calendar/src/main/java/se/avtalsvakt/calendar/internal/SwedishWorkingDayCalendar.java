package se.avtalsvakt.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.calendar.Holiday;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;

/**
 * Working days in Sweden (I1): Monday to Friday except the public holidays, the eves (a setting, on by default)
 * and configured local closures. Holidays come from jollyday; a changed configuration takes effect at once.
 */
@Component(name = SwedishWorkingDayCalendar.PID, service = WorkingDayCalendar.class)
@Designate(ocd = WorkingDayConfig.class)
public class SwedishWorkingDayCalendar implements WorkingDayCalendar {

    static final String PID = "se.avtalsvakt.calendar.workingdays";

    private static final Logger LOG = LoggerFactory.getLogger(SwedishWorkingDayCalendar.class);
    private static final WorkingDayRules DEFAULTS = new WorkingDayRules(true, Set.of());

    private final SwedishHolidays holidays;
    private volatile WorkingDayRules rules = DEFAULTS;

    /** For DS: a bad configuration is logged in one line and the defaults are used. */
    @Activate
    public SwedishWorkingDayCalendar(WorkingDayConfig config) {
        this.holidays = new SwedishHolidays();
        apply(config);
    }

    /** For tests: a calendar built straight from a configuration, which must be valid. */
    SwedishWorkingDayCalendar(WorkingDayConfig config, SwedishHolidays holidays) {
        this.holidays = holidays;
        this.rules = WorkingDayRules.from(config);
    }

    @Modified
    void modified(WorkingDayConfig config) {
        apply(config);
    }

    private void apply(WorkingDayConfig config) {
        try {
            rules = WorkingDayRules.from(config);
            LOG.info("Working days: Monday to Friday except Swedish public holidays; {}", rules);
        } catch (IllegalArgumentException e) {
            LOG.error("Working-day configuration refused, keeping {}: {}", rules, e.getMessage());
        }
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(Objects.requireNonNull(date, "date"), rules);
    }

    private boolean isWorkingDay(LocalDate date, WorkingDayRules r) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || r.extra().contains(date)) {
            return false;
        }
        return holidays.on(date).map(h -> h.eve() && !r.eveNonWorking()).orElse(true);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 0) {
            throw new IllegalArgumentException("days must be 0 or more, not " + days);
        }
        WorkingDayRules r = rules;
        LocalDate date = from;
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date, r)) {
                left--;
            }
        }
        return date;
    }

    @Override
    public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
        WorkingDayRules r = rules;
        LocalDate day = Objects.requireNonNull(date, "date");
        while (!isWorkingDay(day, r)) {
            day = day.minusDays(1);
        }
        return day;
    }

    @Override
    public List<Holiday> holidays(int year) {
        return holidays.of(year);
    }
}

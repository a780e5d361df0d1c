package se.avtalsvakt.evaluation.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;

/**
 * The obligations' deadlines: every occurrence not fulfilled, kind {@code OBLIGATION_DUE}, subject the occurrence
 * id, owner the responsible body. The practical date is the last working day on or before the due date (as I2).
 * A fulfilled occurrence is no longer reported, so its alerts resolve.
 */
@Component(service = DeadlineSource.class)
public class ObligationDeadlineSource implements DeadlineSource {

    static final String SOURCE = "obligation";
    static final String OBLIGATION_DUE = "OBLIGATION_DUE";

    private final ObligationService obligations;
    private final WorkingDayCalendar calendar;

    @Activate
    public ObligationDeadlineSource(@Reference ObligationService obligations, @Reference WorkingDayCalendar calendar) {
        this.obligations = obligations;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return SOURCE;
    }

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to) {
        // a practical date lies at most a few days before its due date: look a little further ahead, then filter
        return obligations.occurrences(new OccurrenceFilter(from, to.plusDays(10), null, null, null)).stream()
                .filter(o -> o.state() != OccurrenceState.FULFILLED)
                .map(this::deadline)
                .filter(d -> !d.practicalDate().isBefore(from) && !d.practicalDate().isAfter(to))
                .toList();
    }

    private Deadline deadline(Occurrence o) {
        String what = switch (o.kind()) {
            case MEETINGS -> "Hold at least " + o.required() + " meetings this year (" + o.fulfilments().size()
                    + " recorded)";
            case EVALUATION -> "Carry out the evaluation and record it (obligation:fulfil " + o.id() + ")";
            case FOLLOW_UP -> "Carry out the follow-up and record it (obligation:fulfil " + o.id() + ")";
            case REPORT -> "Send the report and record it (obligation:fulfil " + o.id() + ")";
        };
        return new Deadline(SOURCE, o.id(), o.title(), OBLIGATION_DUE, o.dueDate(),
                calendar.lastWorkingDayOnOrBefore(o.dueDate()), o.responsible(), what);
    }
}

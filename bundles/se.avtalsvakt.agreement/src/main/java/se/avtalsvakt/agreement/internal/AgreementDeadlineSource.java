package se.avtalsvakt.agreement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;

/**
 * The agreements' deadlines: for each term in the window, the notice deadline (R2, with its practical deadline,
 * I2) and the term's end. Agreements that have ended, or will end by a notice, have no deadlines after their end.
 */
@Component(service = DeadlineSource.class)
public class AgreementDeadlineSource implements DeadlineSource {

    static final String SOURCE = "agreement";
    static final String NOTICE_DEADLINE = "NOTICE_DEADLINE";
    static final String TERM_END = "TERM_END";

    private final AgreementService agreements;
    private final WorkingDayCalendar calendar;

    @Activate
    public AgreementDeadlineSource(@Reference AgreementService agreements, @Reference WorkingDayCalendar calendar) {
        this.agreements = agreements;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return SOURCE;
    }

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to) {
        List<Deadline> found = new ArrayList<>();
        for (Agreement a : agreements.list(AgreementFilter.ALL)) {
            found.addAll(TermSchedule.of(a).deadlines(from, to, calendar::lastWorkingDayOnOrBefore));
        }
        return found;
    }
}

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
import se.avtalsvakt.api.agreement.NoticeEffect;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;

/**
 * The agreements' deadlines: for each term in the window, the notice deadline (R2, with its practical deadline,
 * I2) and the term's end. Agreements that have ended, or will end by a notice, have no deadlines after their end.
 * Its events: renewals and ends as recorded by the renewal job, termination notices as received, and calls for
 * renegotiation (R9).
 */
@Component(service = DeadlineSource.class)
public class AgreementDeadlineSource implements DeadlineSource {

    static final String SOURCE = "agreement";
    static final String NOTICE_DEADLINE = "NOTICE_DEADLINE";
    static final String TERM_END = "TERM_END";
    static final String NOTICE_RECEIVED = "NOTICE_RECEIVED";
    static final String AGREEMENT_RENEWED = "AGREEMENT_RENEWED";
    static final String AGREEMENT_ENDED = "AGREEMENT_ENDED";
    static final String RENEGOTIATION_REQUESTED = "RENEGOTIATION_REQUESTED";

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

    /**
     * The agreements' events: each recorded renewal or end (on the day it took effect) and each termination notice
     * (on the day it was received, with its effect).
     */
    @Override
    public List<Deadline> events(LocalDate from, LocalDate to) {
        List<Deadline> found = new ArrayList<>();
        java.util.Map<String, Agreement> byId = new java.util.HashMap<>();
        for (Agreement a : agreements.list(AgreementFilter.ALL)) {
            byId.put(a.id(), a);
            for (TerminationNotice n : a.terminationNotices()) {
                if (!n.receivedOn().isBefore(from) && !n.receivedOn().isAfter(to)) {
                    NoticeEffect effect = agreements.effectOf(a, n);
                    found.add(new Deadline(SOURCE, a.id(), a.title(), NOTICE_RECEIVED, n.receivedOn(),
                            n.receivedOn(), a.ownerBody(), "Uppsägning från " + n.party() + " mottagen "
                                    + n.receivedOn() + ": " + (effect.effective()
                                            ? "avtalet upphör " + effect.endsOn()
                                            : "utan verkan (" + effect.explanation() + ")")));
                }
            }
        }
        for (Agreement a : byId.values()) {
            if (!a.renegotiationAnyTime()) {
                continue;
            }
            for (RenegotiationRequest r : agreements.renegotiations(a.id())) {
                if (!r.requestedOn().isBefore(from) && !r.requestedOn().isAfter(to)) {
                    found.add(new Deadline(SOURCE, a.id(), a.title(), RENEGOTIATION_REQUESTED, r.requestedOn(),
                            r.requestedOn(), a.ownerBody(), r.party() + " begär omförhandling (R9)"
                                    + (r.reason() != null ? ": " + r.reason() : "")));
                }
            }
        }
        for (TermChange c : agreements.termChanges(null)) {
            Agreement a = byId.get(c.agreement());
            if (a == null || c.effectiveOn().isBefore(from) || c.effectiveOn().isAfter(to)) {
                continue;
            }
            boolean extended = c.kind() == TermChange.Kind.EXTENDED;
            found.add(new Deadline(SOURCE, a.id(), a.title(), extended ? AGREEMENT_RENEWED : AGREEMENT_ENDED,
                    c.effectiveOn(), c.effectiveOn(), a.ownerBody(), extended
                            ? "Avtalet har förlängts: avtalsperiod " + c.termNumber() + " löper " + c.effectiveOn()
                                    + " – " + c.termEnd() + " (R1)"
                            : "Avtalet har upphört; " + c.effectiveOn() + " är första dagen utan avtal"));
        }
        return found;
    }
}

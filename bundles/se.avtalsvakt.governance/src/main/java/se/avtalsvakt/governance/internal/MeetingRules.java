package se.avtalsvakt.governance.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.governance.internal.ComplianceCalculator.MeetingPlan;

/**
 * The rules a body's meetings and decisions are checked against: the body's own (quorum, mandate, minutes, …)
 * with its members, and the meeting plan (cadence, invitation lead time) of its obligation plans.
 */
final class MeetingRules {

    private final BodyRegister bodies;
    private final RepresentativeRegister representatives;
    private final ObligationService obligations;
    private final SeatRules seatRules;
    private final PlatformClock clock;

    MeetingRules(BodyRegister bodies, RepresentativeRegister representatives, ObligationService obligations,
            SeatRules seatRules, PlatformClock clock) {
        this.bodies = bodies;
        this.representatives = representatives;
        this.obligations = obligations;
        this.seatRules = seatRules;
        this.clock = clock;
    }

    /** @return the meeting with each decision's violations and the meeting's own */
    Meeting checked(Meeting m) {
        return checked(m, new HashMap<>());
    }

    /**
     * As {@link #checked(Meeting)}, taking each body's checker from {@code checkers} and adding it there, so that a
     * list of meetings reads each body's representatives and plans once, not once per meeting.
     */
    Meeting checked(Meeting m, Map<String, RuleChecker> checkers) {
        RuleChecker checker = checkers.computeIfAbsent(m.body(), id -> checker(bodies.existing(id)));
        List<Decision> decisions = m.decisions().stream().map(d -> d.withViolations(checker.decision(d, m))).toList();
        return new Meeting(m.id(), m.body(), m.date(), m.invitationSentOn(), m.agenda(), m.attendees(),
                m.minutesSignedBy(), m.supportBy(), m.notes(), decisions, checker.meeting(m, clock.today()));
    }

    /** @return the checker of the body's rules, with every representative it has had */
    RuleChecker checker(Body body) {
        MeetingPlan plan = plan(body.id());
        return new RuleChecker(body, representatives.representatives(body.id(), null, null),
                plan == null ? null : plan.leadTime(), seatRules::name);
    }

    /** @return the body's meeting plan (its first MEETINGS obligation plan), or null */
    MeetingPlan plan(String bodyId) {
        return obligations.plans(null, bodyId).stream()
                .filter(p -> p.kind() == ObligationKind.MEETINGS)
                .min(Comparator.comparing(ObligationPlan::id))
                .map(p -> new MeetingPlan(p.minPerYear(), p.maxPerYear(), p.leadTime())).orElse(null);
    }
}

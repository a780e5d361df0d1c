package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.ComplianceState;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Violation;

/** A body's compliance in a calendar year, from its meetings, decisions and meeting plan. */
final class ComplianceCalculator {

    static final String CADENCE = "CADENCE";

    private ComplianceCalculator() {
    }

    /**
     * @param body         the body id
     * @param year         the year
     * @param checker      the body's rules with its representatives and the invitation lead time of its plan
     * @param meetings     the year's meetings
     * @param previousYear the meetings of the year before (for the alternating support)
     * @param plan         the body's meeting plan: minimum, maximum and invitation lead time; null if none
     * @param today        the platform's today
     */
    static Compliance compute(String body, int year, RuleChecker checker, List<Meeting> meetings,
            List<Meeting> previousYear, MeetingPlan plan, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        int held = 0;
        int planned = 0;
        int onTime = 0;
        int late = 0;
        int quorumMet = 0;
        int quorumNotMet = 0;
        int badDecisions = 0;
        for (Meeting m : meetings) {
            boolean isHeld = !m.date().isAfter(today);
            if (isHeld) {
                held++;
                Boolean quorum = checker.quorumMet(m);
                if (Boolean.TRUE.equals(quorum)) {
                    quorumMet++;
                } else if (Boolean.FALSE.equals(quorum)) {
                    quorumNotMet++;
                }
            } else {
                planned++;
            }
            List<Violation> ofMeeting = checker.meeting(m, today);
            violations.addAll(ofMeeting);
            LocalDate latest = checker.invitationDue(m);
            if (latest != null) {
                if (m.invitationSentOn() != null && !m.invitationSentOn().isAfter(latest)) {
                    onTime++;
                } else if (ofMeeting.stream().anyMatch(v -> RuleChecker.INVITATION.equals(v.rule()))) {
                    late++;
                }
            }
            for (Decision d : m.decisions()) {
                List<Violation> broken = checker.decision(d, m);
                if (!broken.isEmpty()) {
                    badDecisions++;
                    violations.addAll(broken);
                }
            }
        }
        violations.addAll(checker.support(year, meetings, previousYear));
        if (plan != null) {
            if (plan.max() != null && held > plan.max()) {
                violations.add(new Violation(CADENCE, "år " + year, held + " möten hållna, högst " + plan.max()
                        + " om året"));
            }
            if (plan.min() != null && year < today.getYear() && held < plan.min()) {
                violations.add(new Violation(CADENCE, "år " + year, "Endast " + held + " möten hållna, minst "
                        + plan.min() + " om året"));
            }
        }
        MeetingPace pace = MeetingPace.of(year, plan == null ? null : plan.min(), held, planned, today);
        boolean compliant = violations.isEmpty() && pace.state() != ComplianceState.AT_RISK
                && pace.state() != ComplianceState.MISSED;
        return new Compliance(body, year, plan == null ? null : plan.min(), plan == null ? null : plan.max(), held,
                planned, plan == null || plan.leadTime() == null ? null : days(plan.leadTime()), onTime, late,
                quorumMet, quorumNotMet, badDecisions, violations, compliant, pace.state(),
                pace.state() == null ? null : pace.state().label(), pace.remaining(), pace.daysLeft(), pace.summary());
    }

    private static Integer days(Period p) {
        return p.getYears() == 0 && p.getMonths() == 0 ? p.getDays() : null;
    }

    /**
     * A body's meeting cadence, from its MEETINGS obligation plan.
     *
     * @param min      at least this many a year, or null
     * @param max      at most this many, or null
     * @param leadTime invitations at least this long before, or null
     */
    record MeetingPlan(Integer min, Integer max, Period leadTime) {
    }
}

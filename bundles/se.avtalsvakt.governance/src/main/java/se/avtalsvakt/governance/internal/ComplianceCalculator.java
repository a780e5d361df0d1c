package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Violation;

/** A body's compliance in a calendar year, from its meetings, decisions and meeting plan. */
final class ComplianceCalculator {

    static final String CADENCE = "CADENCE";
    static final String INVITATION = "INVITATION";

    private ComplianceCalculator() {
    }

    /**
     * @param body         the body id
     * @param year         the year
     * @param checker      the body's rules with its representatives
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
            violations.addAll(checker.meeting(m, today));
            if (plan != null && plan.leadTime() != null) {
                LocalDate latest = m.date().minus(plan.leadTime());
                if (m.invitationSentOn() != null && !m.invitationSentOn().isAfter(latest)) {
                    onTime++;
                } else if (m.invitationSentOn() != null || latest.isBefore(today)) {
                    late++;
                    violations.add(new Violation(INVITATION, RuleChecker.subject(m), m.invitationSentOn() == null
                            ? "no invitation recorded; it was due by " + latest
                            : "invitation sent " + m.invitationSentOn() + ", due by " + latest + " ("
                                    + plan.leadTime() + " before)"));
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
                violations.add(new Violation(CADENCE, "year " + year, held + " meetings held, at most " + plan.max()
                        + " a year"));
            }
            if (plan.min() != null && year < today.getYear() && held < plan.min()) {
                violations.add(new Violation(CADENCE, "year " + year, "only " + held + " meetings held, at least "
                        + plan.min() + " a year"));
            }
        }
        return new Compliance(body, year, plan == null ? null : plan.min(), plan == null ? null : plan.max(), held,
                planned, plan == null || plan.leadTime() == null ? null : days(plan.leadTime()), onTime, late,
                quorumMet, quorumNotMet, badDecisions, violations, violations.isEmpty());
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

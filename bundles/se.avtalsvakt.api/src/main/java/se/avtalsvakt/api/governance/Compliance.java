package se.avtalsvakt.api.governance;

import java.util.List;

/**
 * How a body kept its rules in a calendar year, up to today.
 *
 * @param body                the body
 * @param year                the year
 * @param meetingsRequired    at least this many meetings (from the body's MEETINGS plan), or null
 * @param meetingsMaximum     at most this many, or null
 * @param meetingsHeld        meetings held in the year up to today
 * @param meetingsPlanned     meetings recorded for later in the year
 * @param invitationLeadDays  invitations due this many days before a meeting, or null
 * @param invitationsOnTime   meetings whose invitation went out in time
 * @param invitationsLate     meetings whose invitation was late or is not recorded
 * @param quorumMet           meetings with quorum (bodies with a quorum rule)
 * @param quorumNotMet        meetings without quorum
 * @param decisionsBreakingRules decisions that broke a rule
 * @param violations          every rule broken in the year, by meetings, decisions and the year as a whole
 * @param compliant           true when nothing is broken and the meeting requirement is met or on track (never
 *                            for a body at risk, e.g. 0 of 6 meetings in December)
 * @param state               where the body stands against its meeting requirement; null when it has none
 * @param stateLabel          the same in Swedish ("på väg", "risk", "uppfyllt", "ej uppfyllt"), or null
 * @param meetingsRemaining   meetings still needed to reach the requirement (0 when reached), or null
 * @param daysLeft            days left in the year after today (0 for a past year; the whole year for a future one)
 * @param summary             one Swedish sentence, e.g. "2 av 6 möten hållna, 4 återstår på 5 veckor"
 */
public record Compliance(String body, int year, Integer meetingsRequired, Integer meetingsMaximum, int meetingsHeld,
                         int meetingsPlanned, Integer invitationLeadDays, int invitationsOnTime, int invitationsLate,
                         int quorumMet, int quorumNotMet, int decisionsBreakingRules, List<Violation> violations,
                         boolean compliant, ComplianceState state, String stateLabel, Integer meetingsRemaining,
                         int daysLeft, String summary) {

    public Compliance {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** A compliance without the state against the meeting requirement. */
    public Compliance(String body, int year, Integer meetingsRequired, Integer meetingsMaximum, int meetingsHeld,
                      int meetingsPlanned, Integer invitationLeadDays, int invitationsOnTime, int invitationsLate,
                      int quorumMet, int quorumNotMet, int decisionsBreakingRules, List<Violation> violations,
                      boolean compliant) {
        this(body, year, meetingsRequired, meetingsMaximum, meetingsHeld, meetingsPlanned, invitationLeadDays,
                invitationsOnTime, invitationsLate, quorumMet, quorumNotMet, decisionsBreakingRules, violations,
                compliant, null, null, null, 0, null);
    }
}

package se.avtalsvakt.api.governance;

import java.util.List;

/**
 * How a body kept its rules in a calendar year.
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
 * @param compliant           true when nothing is broken
 */
public record Compliance(String body, int year, Integer meetingsRequired, Integer meetingsMaximum, int meetingsHeld,
                         int meetingsPlanned, Integer invitationLeadDays, int invitationsOnTime, int invitationsLate,
                         int quorumMet, int quorumNotMet, int decisionsBreakingRules, List<Violation> violations,
                         boolean compliant) {

    public Compliance {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }
}

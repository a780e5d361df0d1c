package se.avtalsvakt.api.cases;

/**
 * A party of an agreement and its local plan, or none.
 *
 * @param agreement the agreement's id
 * @param party     the party's organisation id
 * @param plan      its plan, or null when it has none
 */
public record LocalPlanStatus(String agreement, String party, LocalPlan plan) {
}

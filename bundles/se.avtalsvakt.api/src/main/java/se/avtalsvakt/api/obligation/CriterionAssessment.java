package se.avtalsvakt.api.obligation;

/**
 * How an evaluation judged one criterion.
 *
 * @param criterion  one of the plan's criteria, e.g. {@code ansvarsfördelning}
 * @param assessment the finding, free text
 */
public record CriterionAssessment(String criterion, String assessment) {
}

package se.avtalsvakt.api.cases;

/**
 * One step of an agreement's escalation ladder for disputes.
 *
 * @param number    the step's place on the ladder, 1 for the first
 * @param title     what the step is, in Swedish, e.g. {@code Samarbetsorganisationen (samarbetsavtalet §7)}
 * @param owner     the id of the organisation or body that handles the dispute at this step, or null when the
 *                  dispute's own owner does (e.g. the parties' local managers)
 * @param limitDays how many days the step may take before the dispute should be escalated or settled; null for no
 *                  limit (the last step, a court)
 * @param reference where the agreement says so, e.g. {@code samarbetsavtalet §16}
 */
public record EscalationStep(int number, String title, String owner, Integer limitDays, String reference) {
}

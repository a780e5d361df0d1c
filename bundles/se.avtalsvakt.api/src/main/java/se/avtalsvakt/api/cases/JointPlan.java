package se.avtalsvakt.api.cases;

import java.time.LocalDate;

/**
 * A joint plan (the school agreement's "gemensam planering"): who maps the individual's need, how it is met and how
 * it is followed up, with the follow-up day as a deadline. Consent is recorded as yes or no with its day, never
 * with anyone's identity; the individual is never named.
 *
 * @param id            its number
 * @param agreement     the agreement it follows (default {@code overenskommelse-skola})
 * @param organisation  the id of the organisation that keeps the plan (the one that found the need)
 * @param mappedBy      who maps the need (a function or organisation, e.g. {@code Skolans elevhälsa})
 * @param howMet        how the need is to be met
 * @param followUp      how it is followed up
 * @param followUpOn    the day of the follow-up (a deadline), or null
 * @param consent       whether the individual or guardian consented to contacting the others
 * @param consentOn     the day consent was given or refused
 * @param createdOn     the day the plan was recorded (set by the platform)
 * @param followedUpOn  the day it was followed up, or null
 */
public record JointPlan(long id, String agreement, String organisation, String mappedBy, String howMet,
                        String followUp, LocalDate followUpOn, Boolean consent, LocalDate consentOn,
                        LocalDate createdOn, LocalDate followedUpOn) {
}

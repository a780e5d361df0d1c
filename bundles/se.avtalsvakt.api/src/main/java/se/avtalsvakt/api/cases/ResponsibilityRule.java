package se.avtalsvakt.api.cases;

/**
 * Who is responsible for an aid with a purpose in a setting, under an agreement.
 *
 * @param agreement        the agreement's id
 * @param purpose          what the aid is for
 * @param setting          where it is used
 * @param principal        the responsible principal's kind
 * @param principalName    the same in Swedish, e.g. {@code Skolan}
 * @param reason           the agreement's own words, in Swedish
 * @param source           where the agreement says so, e.g. {@code Överenskommelsen, Ansvarsfördelning}
 * @param publicAndPrivate whether it applies to private operations as to public ones
 */
public record ResponsibilityRule(String agreement, AidPurpose purpose, CareSetting setting, PrincipalKind principal,
                                 String principalName, String reason, String source, boolean publicAndPrivate) {
}

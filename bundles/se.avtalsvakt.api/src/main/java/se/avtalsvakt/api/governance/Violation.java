package se.avtalsvakt.api.governance;

/**
 * A broken rule.
 *
 * @param rule    which rule: {@code UNANIMITY}, {@code QUORUM}, {@code MANDATE}, {@code MINUTES},
 *                {@code SUPPORT_ALTERNATION}, {@code NO_DECISIONS}, {@code CADENCE}, {@code INVITATION}, {@code AGENDA}
 * @param subject what broke it, e.g. {@code meeting 12} or {@code decision 31}
 * @param message what is wrong, for people
 */
public record Violation(String rule, String subject, String message) {
}

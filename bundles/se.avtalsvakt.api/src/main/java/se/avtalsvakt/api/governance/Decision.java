package se.avtalsvakt.api.governance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question decided in a meeting. Its amount is kept exactly, in öre ({@code amountOre}): 50 000,50 kr is
 * 5 000 050 öre and not 50 000 kr.
 *
 * @param id         its number; 0 before it is recorded
 * @param meeting    the meeting's number
 * @param subject    what it is about
 * @param kind       what kind of decision, e.g. {@code IT_SUPPORT_ADAPTATION}, or null
 * @param amountSek  the amount in whole kronor, or null (also null when the amount has öre); kept for older
 *                   clients, use {@code amount} or {@code amountOre}
 * @param outcome    what became of it
 * @param dissent    who dissented and why; null or blank when unanimous
 * @param violations the rules it breaks (computed; ignored on input)
 * @param amountOre  the amount in öre (minor units), or null
 * @param amount     the same amount in kronor with two decimals, e.g. {@code 50000.50}, or null
 */
public record Decision(long id, long meeting, String subject, String kind, Long amountSek, DecisionOutcome outcome,
                       String dissent, List<Violation> violations, Long amountOre, BigDecimal amount) {

    public Decision {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** A decision with its amount in whole kronor (or none). */
    public Decision(long id, long meeting, String subject, String kind, Long amountSek, DecisionOutcome outcome,
                    String dissent, List<Violation> violations) {
        this(id, meeting, subject, kind, amountSek, outcome, dissent, violations,
                amountSek == null ? null : Math.multiplyExact(amountSek, 100L),
                amountSek == null ? null : BigDecimal.valueOf(amountSek).setScale(2));
    }

    /**
     * @param amountOre an amount in öre, or null
     * @return the decision with that amount, in every form
     */
    public Decision withAmountOre(Long amountOre) {
        return new Decision(id, meeting, subject, kind, amountOre == null || amountOre % 100 != 0 ? null
                : amountOre / 100, outcome, dissent, violations, amountOre,
                amountOre == null ? null : BigDecimal.valueOf(amountOre, 2));
    }

    /** @return the same decision with these violations */
    public Decision withViolations(List<Violation> found) {
        return new Decision(id, meeting, subject, kind, amountSek, outcome, dissent, found, amountOre, amount);
    }

    /** @return whether anyone dissented */
    public boolean hasDissent() {
        return dissent != null && !dissent.isBlank();
    }
}

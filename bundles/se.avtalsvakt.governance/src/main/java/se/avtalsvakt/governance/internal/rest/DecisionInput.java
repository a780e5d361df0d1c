package se.avtalsvakt.governance.internal.rest;

import java.math.BigDecimal;
import java.util.List;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;
import se.avtalsvakt.api.governance.Violation;
import se.avtalsvakt.governance.internal.Amounts;

/**
 * A decision as posted: amounts read exactly as decimals ({@code amountSek} 50000.50 is 50 000,50 kr, never
 * 50 000), so that no öre is lost on the way in.
 */
public record DecisionInput(Long id, Long meeting, String subject, String kind, BigDecimal amountSek,
                            DecisionOutcome outcome, String dissent, List<Violation> violations, Long amountOre,
                            BigDecimal amount) {

    /** @throws ValidationException when {@code amountSek} and {@code amount} disagree or have öre fractions */
    Decision toDecision(long meetingId) {
        BigDecimal kronor = amount;
        if (amountSek != null) {
            long ore = Amounts.ore(amountSek, "amountSek");
            if (kronor != null && Amounts.ore(kronor, "amount") != ore) {
                throw new ValidationException("amountSek", "does not match amount (" + kronor.toPlainString()
                        + ")");
            }
            kronor = BigDecimal.valueOf(ore, 2);
        }
        return new Decision(0, meetingId, subject, kind, null, outcome, dissent, null, amountOre, kronor);
    }
}

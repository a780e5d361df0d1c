package se.avtalsvakt.api.cases;

import java.util.List;

/**
 * How a dispute under an agreement is escalated: its steps in order. Data, not code: each agreement has its own.
 *
 * @param agreement the agreement's id
 * @param steps     the steps, numbered from 1 in order
 */
public record EscalationLadder(String agreement, List<EscalationStep> steps) {

    public EscalationLadder {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** @return step {@code number} (1 for the first) */
    public EscalationStep step(int number) {
        return steps.get(number - 1);
    }
}

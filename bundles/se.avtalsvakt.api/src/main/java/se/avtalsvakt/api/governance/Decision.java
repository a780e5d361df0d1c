package se.avtalsvakt.api.governance;

import java.util.List;

/**
 * A question decided in a meeting.
 *
 * @param id         its number; 0 before it is recorded
 * @param meeting    the meeting's number
 * @param subject    what it is about
 * @param kind       what kind of decision, e.g. {@code IT_SUPPORT_ADAPTATION}, or null
 * @param amountSek  the amount in SEK, or null
 * @param outcome    what became of it
 * @param dissent    who dissented and why; null or blank when unanimous
 * @param violations the rules it breaks (computed; ignored on input)
 */
public record Decision(long id, long meeting, String subject, String kind, Long amountSek, DecisionOutcome outcome,
                       String dissent, List<Violation> violations) {

    public Decision {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** @return whether anyone dissented */
    public boolean hasDissent() {
        return dissent != null && !dissent.isBlank();
    }
}

package se.avtalsvakt.api.agreement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change of term that has happened and been recorded: an automatic extension (R1), the end of an agreement, or
 * one party leaving an agreement that goes on for the others (seed 004 §1, §15).
 *
 * @param agreement   the agreement's id
 * @param kind        EXTENDED, ENDED or PARTY_LEFT
 * @param termNumber  for EXTENDED the new term's number; for ENDED and PARTY_LEFT the last term's number
 * @param effectiveOn for EXTENDED the new term's first day; for ENDED (PARTY_LEFT) the first day without the
 *                    agreement (without that party)
 * @param termEnd     for EXTENDED the new term's last day; for PARTY_LEFT the party's last day; null for ENDED
 * @param recordedAt  when the platform recorded it (later than {@code effectiveOn} if it was down at the time)
 * @param party       for PARTY_LEFT the organisation that left; null otherwise
 */
public record TermChange(String agreement, Kind kind, int termNumber, LocalDate effectiveOn, LocalDate termEnd,
                         Instant recordedAt, String party) {

    /** A change of the agreement as a whole (an extension or its end). */
    public TermChange(String agreement, Kind kind, int termNumber, LocalDate effectiveOn, LocalDate termEnd,
            Instant recordedAt) {
        this(agreement, kind, termNumber, effectiveOn, termEnd, recordedAt, null);
    }

    /** What changed. */
    public enum Kind {
        /** The agreement was extended by its renewal period. */
        EXTENDED,
        /** The agreement ended. */
        ENDED,
        /** One party's participation ended; the agreement goes on for the others. */
        PARTY_LEFT
    }
}

package se.avtalsvakt.api.agreement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change of term that has happened and been recorded: an automatic extension (R1) or the end of an agreement.
 *
 * @param agreement   the agreement's id
 * @param kind        EXTENDED or ENDED
 * @param termNumber  for EXTENDED the new term's number; for ENDED the last term's number
 * @param effectiveOn for EXTENDED the new term's first day; for ENDED the first day without the agreement
 * @param termEnd     for EXTENDED the new term's last day; null for ENDED
 * @param recordedAt  when the platform recorded it (later than {@code effectiveOn} if it was down at the time)
 */
public record TermChange(String agreement, Kind kind, int termNumber, LocalDate effectiveOn, LocalDate termEnd,
                         Instant recordedAt) {

    /** What changed. */
    public enum Kind {
        /** The agreement was extended by its renewal period. */
        EXTENDED,
        /** The agreement ended. */
        ENDED
    }
}

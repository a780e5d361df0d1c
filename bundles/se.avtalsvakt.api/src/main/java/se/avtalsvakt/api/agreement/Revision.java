package se.avtalsvakt.api.agreement;

import java.time.LocalDate;

/**
 * One entry of a specification's change log (ändringslogg, R4).
 *
 * @param diaryNumber   the revision's diary number (diarienummer); required
 * @param decidedOn     the day the change was decided
 * @param decidedBy     who decided it, e.g. {@code ledningsradet}
 * @param summary       what changed
 * @param effectiveFrom the day the change takes effect; defaults to {@code decidedOn}
 */
public record Revision(String diaryNumber, LocalDate decidedOn, String decidedBy, String summary,
                       LocalDate effectiveFrom) {

    /** @return the day the change takes effect */
    public LocalDate effectiveDate() {
        return effectiveFrom != null ? effectiveFrom : decidedOn;
    }
}

package se.avtalsvakt.api.deadline;

import java.time.LocalDate;

/**
 * Something that must happen by a day.
 *
 * @param source        the id of the source that publishes it, e.g. {@code agreement}
 * @param subject       what it concerns, e.g. an agreement id
 * @param subjectTitle  the subject's name for people
 * @param kind          what kind of deadline, e.g. {@code NOTICE_DEADLINE}, {@code TERM_END}; alert ladders are
 *                      configured per kind
 * @param date          the deadline itself
 * @param practicalDate the last working day on or before it, when that matters (I2); else equal to {@code date}
 * @param owner         the id of the organisation or body that watches it (R3), or null
 * @param description   one sentence for people, e.g. what to do
 */
public record Deadline(String source, String subject, String subjectTitle, String kind, LocalDate date,
                       LocalDate practicalDate, String owner, String description) {

    /** @return the day that counts for alerts: the practical date */
    public LocalDate effectiveDate() {
        return practicalDate != null ? practicalDate : date;
    }
}

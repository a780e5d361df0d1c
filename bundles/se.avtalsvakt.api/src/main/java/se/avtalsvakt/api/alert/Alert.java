package se.avtalsvakt.api.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.avtalsvakt.api.deadline.KindText;

/**
 * One step of a deadline's ladder, raised once: exactly one alert exists per (source, subject, kind, due date,
 * threshold), across restarts.
 *
 * @param id             the alert's number
 * @param source         the deadline source, e.g. {@code agreement}
 * @param subject        what it concerns, e.g. an agreement id
 * @param subjectTitle   the subject's name for people
 * @param kind           the deadline kind, e.g. {@code NOTICE_DEADLINE}
 * @param dueDate        the deadline
 * @param practicalDate  the day that counts: the last working day on or before the deadline (I2)
 * @param threshold      the ladder step: days before the practical date ({@code "540"} … {@code "0"}), or
 *                       {@link #PASSED} the first day after the contractual last day, or {@link #OVERDUE} for a
 *                       deadline its source reports as overdue when alerting first sees it
 * @param raisedFor      the day the step fell due; earlier than the creation day when the platform was down then
 * @param addressee      who should act: the deadline's owner (a body or organisation id)
 * @param severity       how urgent
 * @param description    what to do, from the deadline source
 * @param createdAt      when the alert was raised
 * @param state          open, acknowledged or resolved
 * @param acknowledgedBy who acknowledged it, or null
 * @param acknowledgedAt when, or null
 * @param resolvedAt     when it was resolved, or null
 * @param resolution     why it was resolved, or null
 * @param deliveries     its delivery through each channel
 * @param kindText       the kind's Swedish name and what to do, as the source that emits the kind gives it
 *                       ({@link se.avtalsvakt.api.deadline.DeadlineSource#text(String)}); the generic text when no
 *                       installed source describes the kind, or when none is given
 */
public record Alert(long id, String source, String subject, String subjectTitle, String kind, LocalDate dueDate,
                    LocalDate practicalDate, String threshold, LocalDate raisedFor, String addressee,
                    Severity severity, String description, Instant createdAt, AlertState state,
                    String acknowledgedBy, Instant acknowledgedAt, Instant resolvedAt, String resolution,
                    List<Delivery> deliveries, KindText kindText) {

    /** The ladder step raised the first day after a deadline's contractual last day ({@code dueDate}). */
    public static final String PASSED = "passed";

    /**
     * The step raised once for a deadline that its source reports as overdue (past and still not met), however old,
     * when alerting first sees it; resolved when the source no longer reports it.
     */
    public static final String OVERDUE = "overdue";

    public Alert {
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
        kindText = kindText == null ? KindText.generic(kind) : kindText;
    }

    /** An alert with the generic text of its kind (see {@link #withKindText(KindText)}). */
    public Alert(long id, String source, String subject, String subjectTitle, String kind, LocalDate dueDate,
                 LocalDate practicalDate, String threshold, LocalDate raisedFor, String addressee, Severity severity,
                 String description, Instant createdAt, AlertState state, String acknowledgedBy,
                 Instant acknowledgedAt, Instant resolvedAt, String resolution, List<Delivery> deliveries) {
        this(id, source, subject, subjectTitle, kind, dueDate, practicalDate, threshold, raisedFor, addressee,
                severity, description, createdAt, state, acknowledgedBy, acknowledgedAt, resolvedAt, resolution,
                deliveries, null);
    }

    /** @return this alert with the text of its kind */
    public Alert withKindText(KindText text) {
        return new Alert(id, source, subject, subjectTitle, kind, dueDate, practicalDate, threshold, raisedFor,
                addressee, severity, description, createdAt, state, acknowledgedBy, acknowledgedAt, resolvedAt,
                resolution, deliveries, text);
    }

    /** @return true if the deadline has passed: this is the ladder's last step */
    public boolean passed() {
        return PASSED.equals(threshold);
    }

    /** @return true if this is the alert of an overdue deadline (threshold {@link #OVERDUE}) */
    public boolean overdue() {
        return OVERDUE.equals(threshold);
    }

    /** @return true if the deadline is behind: passed or overdue */
    public boolean late() {
        return passed() || overdue();
    }

    /** @return days from {@code raisedFor} to the practical date (negative once passed) */
    public long daysLeft() {
        return java.time.temporal.ChronoUnit.DAYS.between(raisedFor, practicalDate);
    }
}

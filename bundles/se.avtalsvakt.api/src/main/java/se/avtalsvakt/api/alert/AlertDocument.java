package se.avtalsvakt.api.alert;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonProcessingException;

import se.avtalsvakt.api.json.Json;

/**
 * An alert as a JSON document for another system: the one shape that the webhook posts and the case-file plug-in
 * writes (docs/plugins.md, "The alert as JSON"). It has the alert's fields, without its deliveries, plus the
 * Swedish {@code title} and {@code text} of the platform's e-mails ({@link AlertText}) and the kind's
 * {@code kindLabel} and {@code action}. Dates are ISO strings ({@code 2028-09-29}, {@code 2027-04-08T00:15:00Z}),
 * {@code severity} and {@code state} their names; absent values are {@code null}.
 *
 * @param title          the subject line, e.g. "[Avtalsvakt] Sista dag för uppsägning om 540 dagar, 2028-09-29: …"
 * @param text           the message body, several lines
 * @param id             the alert's number
 * @param source         the deadline source, e.g. {@code agreement}
 * @param subject        what it concerns, e.g. an agreement id
 * @param subjectTitle   the subject's name
 * @param kind           the deadline kind, e.g. {@code NOTICE_DEADLINE}
 * @param kindLabel      the kind in Swedish, e.g. "Sista dag för uppsägning"
 * @param action         what to do, in Swedish
 * @param dueDate        the contractual last day
 * @param practicalDate  the day that counts: the last working day on or before it
 * @param threshold      the ladder step: days before the practical date, {@code passed} or {@code overdue}
 * @param raisedFor      the day the step fell due
 * @param addressee      who should act (a body or organisation id)
 * @param severity       {@code INFO}, {@code WARNING} or {@code CRITICAL}
 * @param description    the deadline's own sentence, from its source
 * @param createdAt      when the alert was raised
 * @param state          {@code OPEN}, {@code ACKNOWLEDGED} or {@code RESOLVED}
 * @param acknowledgedBy who acknowledged it, or null
 * @param acknowledgedAt when, or null
 * @param resolvedAt     when it was resolved, or null
 * @param resolution     why, or null
 */
public record AlertDocument(String title, String text, long id, String source, String subject, String subjectTitle,
                            String kind, String kindLabel, String action, LocalDate dueDate, LocalDate practicalDate,
                            String threshold, LocalDate raisedFor, String addressee, Severity severity,
                            String description, Instant createdAt, AlertState state, String acknowledgedBy,
                            Instant acknowledgedAt, Instant resolvedAt, String resolution) {

    /** @return the document of an alert */
    public static AlertDocument of(Alert a) {
        return new AlertDocument(AlertText.subject(a), AlertText.body(a), a.id(), a.source(), a.subject(),
                a.subjectTitle(), a.kind(), a.kindText().label(), a.kindText().action(), a.dueDate(),
                a.practicalDate(), a.threshold(), a.raisedFor(), a.addressee(), a.severity(), a.description(),
                a.createdAt(), a.state(), a.acknowledgedBy(), a.acknowledgedAt(), a.resolvedAt(), a.resolution());
    }

    /** @return the document as JSON, on one line, with the platform's settings ({@link Json#mapper()}) */
    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert " + id + " could not be written as JSON", e);
        }
    }
}

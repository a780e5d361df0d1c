package se.avtalsvakt.alerting.internal.store;

import java.time.LocalDate;

import se.avtalsvakt.api.alert.Severity;

/** What the store needs to raise an alert; {@code resolution} non-null raises it already resolved. */
public record NewAlert(String source, String subject, String subjectTitle, String kind, LocalDate dueDate,
                       LocalDate practicalDate, String threshold, LocalDate raisedFor, String addressee,
                       Severity severity, String description, String resolution) {
}

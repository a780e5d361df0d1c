package se.avtalsvakt.reporting.internal.report;

import java.time.LocalDate;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.report.ReportRequest;

/**
 * The days a report covers: {@code from}–{@code to} when given, else the request's year, else a default.
 *
 * @param from the first day
 * @param to   the last day
 */
public record Window(LocalDate from, LocalDate to) {

    /** The longest window a report covers: bounds the work one call asks for. */
    static final int MAX_YEARS = 10;

    /** @return the window asked for, or the year, or {@code fallback} */
    static Window of(ReportRequest r, Window fallback) {
        LocalDate from = r.from();
        LocalDate to = r.to();
        if (r.year() != null) {
            if (r.year() < 1900 || r.year() > 9999) {
                throw new ValidationException("year", "must be between 1900 and 9999: " + r.year());
            }
            from = from != null ? from : LocalDate.of(r.year(), 1, 1);
            to = to != null ? to : LocalDate.of(r.year(), 12, 31);
        }
        from = from != null ? from : fallback.from();
        to = to != null ? to : (r.from() != null ? from.plusYears(1).minusDays(1) : fallback.to());
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from (" + from + "): " + to);
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new ValidationException("to", "a report covers at most " + MAX_YEARS + " years");
        }
        return new Window(from, to);
    }

    /** @return the year of the window's start */
    int year() {
        return from.getYear();
    }
}

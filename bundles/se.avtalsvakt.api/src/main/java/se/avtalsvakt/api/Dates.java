package se.avtalsvakt.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as people type them into the console, query parameters and configuration: ISO, {@code YYYY-MM-DD}. */
public final class Dates {

    private Dates() {
    }

    /**
     * @param field what the text was given for (an option, a parameter, a key), named in the error
     * @param text  the text; surrounding blanks are ignored
     * @return the date, or null when no text was given (null or blank)
     * @throws ValidationException naming {@code field} if the text is not an ISO date
     */
    public static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "not an ISO date (YYYY-MM-DD): '" + text + "'");
        }
    }

    /** @return the date given for {@code field}, or {@code fallback} when none was given */
    public static LocalDate parse(String field, String text, LocalDate fallback) {
        LocalDate date = parse(field, text);
        return date == null ? fallback : date;
    }
}

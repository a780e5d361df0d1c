package se.avtalsvakt.agreement.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as officials read them: "fredag 29 september 2028". */
final class SwedishText {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    private SwedishText() {
    }

    /** @return the day with its weekday, in Swedish, e.g. {@code lördag 30 september 2028} */
    static String date(LocalDate day) {
        return day == null ? "–" : LONG.format(day);
    }
}

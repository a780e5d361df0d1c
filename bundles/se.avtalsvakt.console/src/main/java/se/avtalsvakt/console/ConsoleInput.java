package se.avtalsvakt.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Option and argument values as typed in the console, read into typed values. Commands declare their options as
 * {@code String} fields and read them here, so a wrong value is refused with a sentence naming the option
 * ({@code --year must be a year, not 'abc'}) instead of Karaf's "unable to convert … java.lang.Integer".
 * Every method returns null (or the fallback) for a value not given, and throws {@link IllegalArgumentException}
 * with the sentence otherwise; {@link ConsoleCommand} prints it as one line.
 */
public final class ConsoleInput {

    private ConsoleInput() {
    }

    /**
     * @param option the option or argument, as the user sees it: {@code --year}, {@code meeting}
     * @return the year (1 to 9999), or null when none was given
     */
    public static Integer parseYear(String option, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1 && year <= 9999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(option + " must be a year, e.g. 2026, not '" + text + "'");
    }

    /** @return the year given, or {@code fallback} when none was given */
    public static int parseYear(String option, String text, int fallback) {
        Integer year = parseYear(option, text);
        return year == null ? fallback : year;
    }

    /** @return the date (YYYY-MM-DD) given, or {@code fallback} (which may be null) when none was given */
    public static LocalDate parseDate(String option, String text, LocalDate fallback) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date (YYYY-MM-DD), not '" + text + "'");
        }
    }

    /** @return the date given, or null */
    public static LocalDate parseDate(String option, String text) {
        return parseDate(option, text, null);
    }

    /** @return the month (YYYY-MM) given, or {@code fallback} when none was given */
    public static YearMonth parseMonth(String option, String text, YearMonth fallback) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a month (YYYY-MM), not '" + text + "'");
        }
    }

    /**
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the whole number given, or {@code fallback} when none was given
     */
    public static int parseNumber(String option, String text, int fallback, int min, int max) {
        if (blank(text)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(option + " must be a whole number from " + min + " to " + max
                + ", not '" + text + "'");
    }

    /**
     * @param what what the number identifies, for the message: {@code a meeting number}
     * @return the number (an id: 1 or more)
     * @throws IllegalArgumentException also when none was given (ids are required arguments)
     */
    public static long parseId(String option, String text, String what) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(option + " must be " + what + ", not '" + text + "'");
    }

    /** @return the numbers of a comma-separated list such as {@code 3,4,7}; empty when none was given */
    public static List<Long> parseIds(String option, String text, String what) {
        List<Long> ids = new ArrayList<>();
        if (blank(text)) {
            return ids;
        }
        for (String part : text.split(",")) {
            ids.add(parseId(option, part, what));
        }
        return ids;
    }

    /**
     * @return the constant named by {@code text} in any case, with {@code -} for {@code _}
     *         ({@code notice-given} is {@code NOTICE_GIVEN}), or null when none was given
     */
    public static <E extends Enum<E>> E parseEnum(String option, String text, Class<E> type) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ", not '" + text + "'");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

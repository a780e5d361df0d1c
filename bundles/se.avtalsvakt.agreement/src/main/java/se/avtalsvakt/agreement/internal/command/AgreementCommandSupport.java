package se.avtalsvakt.agreement.internal.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.Dates;
import se.avtalsvakt.api.agreement.AgreementService;

/** What the agreement commands share: the register, and turning user input into values with one-line errors. */
public abstract class AgreementCommandSupport implements Action {

    @Reference
    protected AgreementService agreements;

    /** @return the enum constant named by {@code text} (any case), or null for null */
    static <E extends Enum<E>> E parseEnum(String option, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** @return the date given for {@code option}, or {@code fallback} when none was given */
    static LocalDate parseDate(String option, String text, LocalDate fallback) {
        return Dates.parse(option, text, fallback);
    }

    /** @return a path; a relative one is taken from the Karaf home folder */
    static Path resolve(String file) {
        Path path = Path.of(file);
        String base = System.getProperty("karaf.base");
        return path.isAbsolute() || base == null ? path : Path.of(base).resolve(path);
    }

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}

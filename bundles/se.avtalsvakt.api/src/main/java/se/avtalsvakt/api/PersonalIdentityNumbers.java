package se.avtalsvakt.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer, day + 60) in
 * text: 10 or 12 digits, with or without the {@code -} or {@code +} separator, with a valid check digit (Luhn over
 * the ten digits) and a plausible month and day. Such a value must never be stored, logged or echoed: a field that
 * holds one is refused ({@link #refuse(String, String)}) without repeating it.
 */
public final class PersonalIdentityNumbers {

    /** What a refused field is told. */
    public static final String REFUSED = "holds what looks like a personal identity number (personnummer or "
            + "samordningsnummer); describe the situation without it";

    /** 6 or 8 date digits, optional separator, 4 digits; not part of a longer number. */
    private static final Pattern CANDIDATE = Pattern
            .compile("(?<!\\d)(\\d{2})?(\\d{2})(\\d{2})(\\d{2})[-+]?(\\d{4})(?!\\d)");

    private PersonalIdentityNumbers() {
    }

    /** @return whether {@code text} contains anything that is a personal identity or coordination number */
    public static boolean containsOne(String text) {
        if (text == null || text.length() < 10) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (valid(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param field the field's path, e.g. {@code situation}
     * @param text  its value, or null
     * @throws ValidationException naming the field, if the value holds a personal identity number
     */
    public static void refuse(String field, String text) {
        if (containsOne(text)) {
            throw new ValidationException(field, REFUSED);
        }
    }

    private static boolean valid(String century, String yy, String mm, String dd, String last4) {
        if (century != null && !(century.equals("18") || century.equals("19") || century.equals("20"))) {
            return false;
        }
        int month = Integer.parseInt(mm);
        int day = Integer.parseInt(dd);
        if (month < 1 || month > 12) {
            return false;
        }
        if (!(day >= 1 && day <= 31) && !(day >= 61 && day <= 91)) {
            return false;
        }
        return luhnValid(yy + mm + dd + last4);
    }

    /** @return whether the ten digits' last digit is the Luhn check digit of the first nine */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}

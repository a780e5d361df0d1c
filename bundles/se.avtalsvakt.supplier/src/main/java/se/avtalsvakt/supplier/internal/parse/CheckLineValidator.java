package se.avtalsvakt.supplier.internal.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.avtalsvakt.api.PersonalIdentityNumbers;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;

/**
 * Turns a read line of a checks file ({@code delivery_id;checked_on;matches_order;note}) into a check, or says per
 * field why not. Whether the delivery exists, and whether the check is on or after its delivery, is decided when it
 * is stored (it needs the database).
 */
public final class CheckLineValidator {

    /** The longest note kept. */
    public static final int NOTE_MAX = 1000;

    private final LocalDate today;

    /** @param today the platform's today: a check cannot be dated later */
    public CheckLineValidator(LocalDate today) {
        this.today = today;
    }

    /** A valid check line. */
    public record CheckLine(long line, String deliveryId, DeliveryCheck check) {
    }

    /** The outcome for one line: a check, or the errors. */
    public record Result(CheckLine check, List<LineError> errors) {
        public boolean valid() {
            return check != null;
        }
    }

    public Result validate(RawLine raw) {
        if (raw.error() != null) {
            return new Result(null, List.of(new LineError(raw.line(), "", raw.error())));
        }
        List<LineError> errors = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String column : RecordType.DELIVERY_CHECKS.columns()) {
            String v = raw.values().get(column);
            if (v != null && PersonalIdentityNumbers.containsOne(v)) {
                errors.add(new LineError(raw.line(), column, LineValidator.PERSONAL_NUMBER));
                refused.add(column);
            }
        }
        String delivery = refused.contains("delivery_id") ? null : value(raw, "delivery_id");
        if (delivery == null && !refused.contains("delivery_id")) {
            errors.add(new LineError(raw.line(), "delivery_id", "missing"));
        } else if (delivery != null && !LineValidator.ID.matcher(delivery).matches()) {
            errors.add(new LineError(raw.line(), "delivery_id",
                    "not an id (letters, digits, '.', '_', '-'; at most 64): " + LineValidator.quote(delivery)));
            delivery = null;
        }
        LocalDate checkedOn = null;
        String date = refused.contains("checked_on") ? null : value(raw, "checked_on");
        if (date == null && !refused.contains("checked_on")) {
            errors.add(new LineError(raw.line(), "checked_on", "missing"));
        } else if (date != null) {
            try {
                checkedOn = LocalDate.parse(date);
                if (checkedOn.isAfter(today)) {
                    errors.add(new LineError(raw.line(), "checked_on", "in the future: " + date));
                    checkedOn = null;
                }
            } catch (DateTimeParseException e) {
                errors.add(new LineError(raw.line(), "checked_on",
                        "not a date (YYYY-MM-DD): " + LineValidator.quote(date)));
            }
        }
        Boolean matches = null;
        String m = refused.contains("matches_order") ? null : value(raw, "matches_order");
        if (m == null && !refused.contains("matches_order")) {
            errors.add(new LineError(raw.line(), "matches_order", "missing: true or false"));
        } else if (m != null) {
            matches = bool(m);
            if (matches == null) {
                errors.add(new LineError(raw.line(), "matches_order",
                        "not true or false (also yes/no, ja/nej, 1/0): " + LineValidator.quote(m)));
            }
        }
        String note = refused.contains("note") ? null : value(raw, "note");
        if (note != null && note.length() > NOTE_MAX) {
            errors.add(new LineError(raw.line(), "note", "longer than " + NOTE_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        return new Result(new CheckLine(raw.line(), delivery, new DeliveryCheck(checkedOn, matches, note)),
                List.of());
    }

    private static String value(RawLine raw, String column) {
        String v = raw.values().get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** @return the truth value of {@code text}, or null */
    static Boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "1", "y", "j" -> Boolean.TRUE;
            case "false", "no", "nej", "0", "n" -> Boolean.FALSE;
            default -> null;
        };
    }
}

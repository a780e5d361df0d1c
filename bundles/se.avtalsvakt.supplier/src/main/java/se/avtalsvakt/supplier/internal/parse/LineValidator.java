package se.avtalsvakt.supplier.internal.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import se.avtalsvakt.api.PersonalIdentityNumbers;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;

/**
 * Turns a read line into a record, or says per field why not. A field that holds a personal identity number is
 * refused without repeating the value; other refusals quote the value (shortened) so the supplier can find it.
 */
public final class LineValidator {

    /** Ids the suppliers give: letters, digits, {@code . _ -}, at most 64. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** SEK with decimal comma or point and at most two decimals; spaces as thousands separators are allowed. */
    static final Pattern AMOUNT = Pattern.compile("-?\\d+([.,]\\d{1,2})?");
    static final String PERSONAL_NUMBER = "holds what looks like a Swedish personal identity number "
            + "(personnummer or samordningsnummer); send only a pseudonymous patient reference";

    private final RecordType type;
    private final Predicate<String> knownCareProvider;
    private final LocalDate today;

    /**
     * @param type              the records expected
     * @param knownCareProvider whether an organisation id is registered
     */
    public LineValidator(RecordType type, Predicate<String> knownCareProvider) {
        this(type, knownCareProvider, null);
    }

    /**
     * @param type              the records expected
     * @param knownCareProvider whether an organisation id is registered
     * @param today             the platform date: a lost aid cannot be reported after it (null: not checked)
     */
    public LineValidator(RecordType type, Predicate<String> knownCareProvider, LocalDate today) {
        this.type = type;
        this.knownCareProvider = knownCareProvider;
        this.today = today;
    }

    /** The outcome for one line: a record, or the errors. */
    public record Result(SupplierRecord record, List<LineError> errors) {
        public boolean valid() {
            return record != null;
        }
    }

    public Result validate(RawLine raw) {
        if (raw.error() != null) {
            return new Result(null, List.of(new LineError(raw.line(), "", raw.error())));
        }
        Fields f = new Fields(raw);
        // no field holding a personal identity number is looked at any further
        for (String column : type.columns()) {
            String v = raw.values().get(column);
            if (v != null && PersonalIdentityNumbers.containsOne(v)) {
                f.refuse(column, PERSONAL_NUMBER);
            }
        }
        SupplierRecord record = switch (type) {
            case ORDERS -> new SupplierRecord(type, f.id("order_id"), f.id("order_id"), f.careProvider(),
                    f.text("article", 64, true), f.quantity(), f.date("ordered_on"), null, null, null, null,
                    f.text("patient_ref", 64, false));
            case DELIVERIES -> new SupplierRecord(type, f.id("delivery_id"), f.id("order_id"), f.careProvider(),
                    f.text("article", 64, true), f.quantity(), f.date("delivered_on"), null, null, null, null,
                    f.text("patient_ref", 64, false));
            case INVOICE_LINES -> {
                String invoice = f.id("invoice_id");
                Integer line = f.positive("line");
                yield new SupplierRecord(type, invoice == null || line == null ? null : invoice + "/" + line,
                        f.id("order_id"), f.careProvider(), null, null, f.date("invoice_date"), invoice, line,
                        f.text("main_area", 100, true), f.amountOre("amount"), null);
            }
            case LOST_AIDS -> new SupplierRecord(type, f.id("report_id"), null, f.careProvider(),
                    f.text("article", 64, true), null, f.notAfterToday("reported_on"), null, null, null, null,
                    f.text("patient_ref", 64, false));
            case DELIVERY_CHECKS -> throw new IllegalArgumentException(
                    "checks are validated by CheckLineValidator");
        };
        return f.errors.isEmpty() ? new Result(record, List.of()) : new Result(null, List.copyOf(f.errors));
    }

    /** The fields of one line, each read once; errors collected in column order of the calls. */
    private final class Fields {
        private final RawLine raw;
        private final List<LineError> errors = new ArrayList<>();
        private final Set<String> refused = new HashSet<>();

        Fields(RawLine raw) {
            this.raw = raw;
        }

        void refuse(String column, String reason) {
            if (refused.add(column)) {
                errors.add(new LineError(raw.line(), column, reason));
            }
        }

        /** @return the non-empty value, or null (refused as missing when required) */
        private String value(String column, boolean required) {
            if (refused.contains(column)) {
                return null;
            }
            String v = raw.values().get(column);
            if (v == null || v.isBlank()) {
                if (required) {
                    refuse(column, "missing");
                }
                return null;
            }
            return v.strip();
        }

        String id(String column) {
            String v = value(column, true);
            if (v != null && !ID.matcher(v).matches()) {
                refuse(column, "not an id (letters, digits, '.', '_', '-'; at most 64): " + quote(v));
                return null;
            }
            return v;
        }

        String careProvider() {
            String v = value("care_provider", true);
            if (v != null && !knownCareProvider.test(v)) {
                refuse("care_provider", "unknown care provider (give the organisation id, e.g. goteborg): "
                        + quote(v));
                return null;
            }
            return v;
        }

        String text(String column, int max, boolean required) {
            String v = value(column, required);
            if (v != null && v.length() > max) {
                refuse(column, "longer than " + max + " characters");
                return null;
            }
            return v;
        }

        LocalDate date(String column) {
            String v = value(column, true);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                refuse(column, "not a date (YYYY-MM-DD): " + quote(v));
                return null;
            }
        }

        /** @return the date, refused when it lies after the platform date */
        LocalDate notAfterToday(String column) {
            LocalDate d = date(column);
            if (d != null && today != null && d.isAfter(today)) {
                refuse(column, "in the future (after " + today + "): " + d);
                return null;
            }
            return d;
        }

        Integer quantity() {
            String v = value("quantity", true);
            if (v == null) {
                return null;
            }
            Integer q = wholeNumber("quantity", v);
            if (q != null && q < 0) {
                refuse("quantity", "must not be negative: " + quote(v));
                return null;
            }
            if (q != null && q == 0) {
                refuse("quantity", "must be at least 1");
                return null;
            }
            return q;
        }

        Integer positive(String column) {
            String v = value(column, true);
            Integer n = v == null ? null : wholeNumber(column, v);
            if (n != null && n < 1) {
                refuse(column, "must be a whole number of at least 1: " + quote(v));
                return null;
            }
            return n;
        }

        private Integer wholeNumber(String column, String v) {
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                refuse(column, "not a whole number: " + quote(v));
                return null;
            }
        }

        Long amountOre(String column) {
            String v = value(column, true);
            if (v == null) {
                return null;
            }
            String compact = v.replace(" ", "").replace("\u00a0", "");
            if (!AMOUNT.matcher(compact).matches()) {
                refuse(column, "not an amount in SEK (e.g. 1234,50 or 1234.50): " + quote(v));
                return null;
            }
            try {
                return new BigDecimal(compact.replace(',', '.')).movePointRight(2).longValueExact();
            } catch (ArithmeticException e) {
                refuse(column, "amount too large: " + quote(v));
                return null;
            }
        }
    }

    /** A value for an error message: shortened, quoted. */
    static String quote(String v) {
        return "'" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'";
    }
}

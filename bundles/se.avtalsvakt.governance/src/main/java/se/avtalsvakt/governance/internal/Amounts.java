package se.avtalsvakt.governance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import se.avtalsvakt.api.ValidationException;

/** Amounts in decisions, exactly in öre: parsed from kronor with at most two decimals, shown the Swedish way. */
public final class Amounts {

    private Amounts() {
    }

    /**
     * @param kronor an amount in kronor, e.g. {@code 50000.50}
     * @param field  the field it came from, for the error
     * @return the amount in öre
     * @throws ValidationException naming the field if it has more than two decimals, is negative or too large
     */
    public static long ore(BigDecimal kronor, String field) {
        if (kronor.signum() < 0) {
            throw new ValidationException(field, "must not be negative");
        }
        BigDecimal ore = kronor.movePointRight(2);
        if (ore.stripTrailingZeros().scale() > 0) {
            throw new ValidationException(field, "at most two decimals (öre): '" + kronor.toPlainString() + "'");
        }
        try {
            return ore.longValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException(field, "too large: '" + kronor.toPlainString() + "'");
        }
    }

    /**
     * @param text an amount in kronor as people write it: {@code 50000}, {@code 50000.50}, {@code 50 000,50}
     * @param field the field it came from, for the error
     * @return the amount in öre
     */
    public static long ore(String text, String field) {
        String plain = text.trim().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        if (plain.endsWith("kr")) {
            plain = plain.substring(0, plain.length() - 2);
        }
        try {
            return ore(new BigDecimal(plain), field);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "not an amount in kronor: '" + text + "' (e.g. 50000,50)");
        }
    }

    /** @return e.g. {@code 50 000,50 kr} for 5 000 050 öre, {@code 50 000 kr} for 5 000 000 */
    public static String kronor(long ore) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(ore % 100 == 0 ? "#,##0" : "#,##0.00", symbols);
        return format.format(BigDecimal.valueOf(ore, 2).setScale(2, RoundingMode.UNNECESSARY)) + " kr";
    }
}

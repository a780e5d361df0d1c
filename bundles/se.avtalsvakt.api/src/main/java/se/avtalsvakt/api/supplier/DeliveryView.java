package se.avtalsvakt.api.supplier;

import java.time.LocalDate;

/**
 * A delivery with its check deadline and check.
 *
 * @param supplier     the supplier's organisation id
 * @param delivery     the delivery as last reported
 * @param checkDueOn   the last day to check it: five working days after delivery (R6)
 * @param check        the check, or null while unchecked
 * @param checkedBy    who recorded the check, or null
 */
public record DeliveryView(String supplier, SupplierRecord delivery, LocalDate checkDueOn, DeliveryCheck check,
        String checkedBy) {

    /** @return whether a check has been recorded */
    public boolean checked() {
        return check != null;
    }
}

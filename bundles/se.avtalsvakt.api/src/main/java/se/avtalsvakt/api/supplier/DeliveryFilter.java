package se.avtalsvakt.api.supplier;

import java.time.LocalDate;

/**
 * Which deliveries to list; every field is optional (null: no restriction).
 *
 * @param careProvider  only this care provider's deliveries (organisation id)
 * @param supplier      only this supplier's deliveries (organisation id)
 * @param uncheckedOnly only deliveries without a check
 * @param checkDue      only deliveries whose check deadline (five working days after delivery) is this day: with
 *                      {@code careProvider}, {@code supplier} and {@code uncheckedOnly} the deliveries behind one
 *                      {@code DELIVERIES_UNCHECKED} deadline
 * @param deliveredFrom only deliveries made on or after this day
 * @param deliveredTo   only deliveries made on or before this day
 */
public record DeliveryFilter(String careProvider, String supplier, boolean uncheckedOnly, LocalDate checkDue,
        LocalDate deliveredFrom, LocalDate deliveredTo) {

    /** @return every delivery */
    public static DeliveryFilter all() {
        return new DeliveryFilter(null, null, false, null, null, null);
    }

    /** @return the unchecked deliveries of one care provider (or of all, for null) */
    public static DeliveryFilter unchecked(String careProvider) {
        return new DeliveryFilter(careProvider, null, true, null, null, null);
    }
}

package se.avtalsvakt.api.supplier;

import java.time.LocalDate;

/**
 * A care provider's check of a delivery (R6).
 *
 * @param checkedOn    the day of the check; today when not given
 * @param matchesOrder whether the delivery matched the order
 * @param note         free text, or null
 */
public record DeliveryCheck(LocalDate checkedOn, boolean matchesOrder, String note) {
}

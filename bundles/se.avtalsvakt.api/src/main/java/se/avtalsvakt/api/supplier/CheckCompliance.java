package se.avtalsvakt.api.supplier;

import java.time.YearMonth;

/**
 * How well a care provider checked its deliveries in one month (R6): the deliveries of that month, counted by
 * whether they were checked within five working days.
 *
 * @param careProvider  the care provider's organisation id
 * @param month         the month the deliveries were delivered in
 * @param deliveries    deliveries in the month
 * @param checkedInTime checked on or before their check deadline
 * @param checkedLate   checked after their check deadline
 * @param unchecked     not checked (yet)
 */
public record CheckCompliance(String careProvider, YearMonth month, int deliveries, int checkedInTime,
        int checkedLate, int unchecked) {

    /** @return the share of deliveries checked within five working days, 0..1; 1 for a month without deliveries */
    public double share() {
        return deliveries == 0 ? 1.0 : (double) checkedInTime / deliveries;
    }
}

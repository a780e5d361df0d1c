package se.avtalsvakt.agreement.internal;

import java.time.LocalDate;

/**
 * One term (avtalsperiod) of an agreement.
 *
 * @param number 1 for the first term
 * @param start  its first day
 * @param end    its last day; null when open-ended
 */
record Term(int number, LocalDate start, LocalDate end) {

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}

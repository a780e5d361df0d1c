package se.avtalsvakt.api.governance;

import java.time.LocalDate;

/**
 * A seat with fewer people than its count.
 *
 * @param body      the body
 * @param seat      the seat's role
 * @param seatTitle the seat's title
 * @param count     how many should hold it
 * @param filled    how many hold it from {@code since}
 * @param since     the first day it is short (in the future for an announced resignation)
 */
public record Vacancy(String body, String seat, String seatTitle, int count, int filled, LocalDate since) {
}

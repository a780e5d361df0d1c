package se.avtalsvakt.api.governance;

import java.time.LocalDate;

/**
 * A seat with fewer people than its count.
 *
 * @param body                       the body
 * @param seat                       the seat's role
 * @param seatTitle                  the seat's title
 * @param count                      how many should hold it
 * @param filled                     how many hold it from {@code since}
 * @param since                      the first day it is short (in the future for an announced resignation)
 * @param appointingOrganisation     the organisation asked to nominate (the seat's appointing organisation, the one
 *                                   of its organisations without a holder, or the leaving representative's
 *                                   principal); null when none can be told apart
 * @param appointingOrganisationName its name, or null
 */
public record Vacancy(String body, String seat, String seatTitle, int count, int filled, LocalDate since,
                      String appointingOrganisation, String appointingOrganisationName) {

    /** A vacancy without a known appointing organisation. */
    public Vacancy(String body, String seat, String seatTitle, int count, int filled, LocalDate since) {
        this(body, seat, seatTitle, count, filled, since, null, null);
    }
}

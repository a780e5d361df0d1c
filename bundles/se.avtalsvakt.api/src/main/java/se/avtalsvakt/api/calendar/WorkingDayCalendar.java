package se.avtalsvakt.api.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Working days in Sweden (I1): Monday to Friday except public holidays, and except the eves unless configured
 * otherwise. Deadlines counted in working days (R6) and practical deadlines (I2) use this service.
 */
public interface WorkingDayCalendar {

    /** @return whether {@code date} is a working day */
    boolean isWorkingDay(LocalDate date);

    /**
     * @param from a day (need not be a working day)
     * @param days how many working days to add; 0 returns {@code from} itself
     * @return the day that is {@code days} working days after {@code from}
     * @throws IllegalArgumentException if {@code days} is negative
     */
    LocalDate addWorkingDays(LocalDate from, int days);

    /** @return {@code date} if it is a working day, else the last working day before it */
    LocalDate lastWorkingDayOnOrBefore(LocalDate date);

    /**
     * @param year a year
     * @return the public holidays of that year and the eves (marked as eves, listed whether or not they count as
     *         non-working), in date order
     */
    List<Holiday> holidays(int year);
}

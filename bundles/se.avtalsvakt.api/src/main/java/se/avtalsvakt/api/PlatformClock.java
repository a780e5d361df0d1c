package se.avtalsvakt.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one source of "now" on the platform. Every bundle asks this service for today's date instead of
 * calling {@code LocalDate.now()}, so that operations can fix or move the date for demos and tests.
 */
public interface PlatformClock {

    /** @return the platform's time zone (Europe/Stockholm unless configured otherwise) */
    ZoneId zone();

    /** @return the current instant as a {@link Clock}, in the platform's zone */
    Clock clock();

    /** @return today's date in the platform's zone */
    default LocalDate today() {
        return LocalDate.now(clock());
    }

    /** @return the current date and time in the platform's zone */
    default ZonedDateTime now() {
        return ZonedDateTime.now(clock());
    }
}

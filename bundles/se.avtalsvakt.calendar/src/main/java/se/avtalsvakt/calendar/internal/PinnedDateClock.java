package se.avtalsvakt.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** A clock whose date is pinned while its time of day follows the base clock. */
final class PinnedDateClock extends Clock {

    private final LocalDate date;
    private final Clock base;

    PinnedDateClock(LocalDate date, Clock base) {
        this.date = Objects.requireNonNull(date);
        this.base = Objects.requireNonNull(base);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new PinnedDateClock(date, base.withZone(zone));
    }

    @Override
    public Instant instant() {
        return date.atTime(LocalTime.now(base)).atZone(base.getZone()).toInstant();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinnedDateClock other && other.date.equals(date) && other.base.equals(base);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, base);
    }

    @Override
    public String toString() {
        return "PinnedDateClock[" + date + ", " + base + "]";
    }
}

package se.avtalsvakt.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import se.avtalsvakt.api.PlatformClock;

/** A platform clock standing still, in Europe/Stockholm. */
public final class FixedClock implements PlatformClock {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Clock clock;

    private FixedClock(Instant instant) {
        this.clock = Clock.fixed(instant, STOCKHOLM);
    }

    /** @return a clock at 08:00 Stockholm time on {@code day} */
    public static FixedClock on(LocalDate day) {
        return new FixedClock(day.atTime(8, 0).atZone(STOCKHOLM).toInstant());
    }

    @Override
    public ZoneId zone() {
        return STOCKHOLM;
    }

    @Override
    public Clock clock() {
        return clock;
    }
}

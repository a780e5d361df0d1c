package se.avtalsvakt.calendar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.Test;

public class ConfigurablePlatformClockTest {

    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2030-03-15T22:30:00Z"), ZoneOffset.UTC);

    @Test
    public void withoutFixedDateFollowsSystemClockInConfiguredZone() {
        ConfigurablePlatformClock clock = new ConfigurablePlatformClock(config("", "Europe/Stockholm"), SYSTEM);
        // 22:30 UTC on 15 March is 23:30 in Stockholm, still the 15th
        assertEquals(LocalDate.of(2030, 3, 15), clock.today());
        assertEquals(ZoneId.of("Europe/Stockholm"), clock.zone());
        assertEquals(LocalTime.of(23, 30), clock.now().toLocalTime());
    }

    @Test
    public void zoneDecidesTheDateAroundMidnight() {
        ConfigurablePlatformClock clock = new ConfigurablePlatformClock(config("", "Asia/Tokyo"), SYSTEM);
        assertEquals(LocalDate.of(2030, 3, 16), clock.today());
    }

    @Test
    public void fixedDatePinsTheDateButKeepsTheTimeOfDay() {
        ConfigurablePlatformClock clock = new ConfigurablePlatformClock(config("2026-11-22", "Europe/Stockholm"),
                SYSTEM);
        assertEquals(LocalDate.of(2026, 11, 22), clock.today());
        assertEquals(LocalTime.of(23, 30), clock.now().toLocalTime());
        assertEquals(LocalDate.of(2026, 11, 22), LocalDate.now(clock.clock()));
    }

    @Test
    public void fixedDateIsTrimmed() {
        ConfigurablePlatformClock clock = new ConfigurablePlatformClock(config(" 2024-02-29 ", "UTC"), SYSTEM);
        assertEquals(LocalDate.of(2024, 2, 29), clock.today());
    }

    @Test
    public void badFixedDateIsRefusedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigurablePlatformClock.build(config("22/11/2026", "UTC"), SYSTEM));
        assertTrue(e.getMessage(), e.getMessage().startsWith("fixedDate:"));
    }

    @Test
    public void badZoneIsRefusedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigurablePlatformClock.build(config("", "Mars/Olympus"), SYSTEM));
        assertTrue(e.getMessage(), e.getMessage().startsWith("zone:"));
    }

    static ClockConfig config(String fixedDate, String zone) {
        return new ClockConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ClockConfig.class;
            }

            @Override
            public String fixedDate() {
                return fixedDate;
            }

            @Override
            public String zone() {
                return zone;
            }
        };
    }
}

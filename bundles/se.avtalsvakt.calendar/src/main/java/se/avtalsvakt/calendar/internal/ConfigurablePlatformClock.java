package se.avtalsvakt.calendar.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.event.Topics;

/**
 * The platform clock: the system clock in the configured zone, or a pinned date when {@code fixedDate} is set.
 * A changed configuration takes effect at once and is announced on {@link Topics#CLOCK_CHANGED}.
 */
@Component(name = "se.avtalsvakt.clock", service = PlatformClock.class)
@Designate(ocd = ClockConfig.class)
public class ConfigurablePlatformClock implements PlatformClock {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurablePlatformClock.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    private volatile Clock clock;

    /** For DS. */
    public ConfigurablePlatformClock() {
    }

    /** For tests: a clock built straight from a configuration. */
    ConfigurablePlatformClock(ClockConfig config, Clock system) {
        this.clock = build(config, system);
    }

    @Activate
    void activate(ClockConfig config) {
        apply(config, Clock.system(ZoneId.of("Europe/Stockholm")));
    }

    @Modified
    void modified(ClockConfig config) {
        if (!apply(config, clock)) {
            return;
        }
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(Topics.CLOCK_CHANGED, Map.of("today", today().toString())));
        }
    }

    /**
     * Applies a configuration; a bad one is logged in one line and the fallback clock is kept.
     *
     * @return whether the configuration was applied
     */
    private boolean apply(ClockConfig config, Clock fallback) {
        try {
            clock = build(config, Clock.systemUTC());
            LOG.info("Platform clock: {} (today is {})", describe(config), today());
            return true;
        } catch (IllegalArgumentException e) {
            clock = fallback;
            LOG.error("Platform clock configuration refused, keeping {}: {}", fallback, e.getMessage());
            return false;
        }
    }

    static Clock build(ClockConfig config, Clock system) {
        ZoneId zone;
        try {
            zone = ZoneId.of(config.zone().trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone: not a time-zone id: '" + config.zone() + "'", e);
        }
        Clock base = system.withZone(zone);
        String fixed = config.fixedDate().trim();
        if (fixed.isEmpty()) {
            return base;
        }
        try {
            return new PinnedDateClock(LocalDate.parse(fixed), base);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("fixedDate: not an ISO date (YYYY-MM-DD): '" + fixed + "'", e);
        }
    }

    private static String describe(ClockConfig config) {
        String fixed = config.fixedDate().trim();
        return (fixed.isEmpty() ? "system time" : "date pinned to " + fixed) + " in " + config.zone();
    }

    @Override
    public ZoneId zone() {
        return clock.getZone();
    }

    @Override
    public Clock clock() {
        return clock;
    }
}

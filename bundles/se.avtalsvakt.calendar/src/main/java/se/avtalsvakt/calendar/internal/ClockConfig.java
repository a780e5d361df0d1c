package se.avtalsvakt.calendar.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the platform clock, PID {@code se.avtalsvakt.clock}. */
@ObjectClassDefinition(name = "Avtalsvakt platform clock",
        description = "Where the platform takes today's date from.")
public @interface ClockConfig {

    @AttributeDefinition(name = "Fixed date",
            description = "An ISO date (2026-11-22) to pin the platform's date to, for demos and tests. "
                    + "The time of day keeps running. Empty: the real date.")
    String fixedDate() default "";

    @AttributeDefinition(name = "Time zone", description = "The platform's time zone (an IANA zone id).")
    String zone() default "Europe/Stockholm";
}

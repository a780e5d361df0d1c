package se.avtalsvakt.health.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code se.avtalsvakt.health.scheduler}: the jobs the platform must have scheduled. */
@ObjectClassDefinition(name = "Avtalsvakt health: scheduler",
        description = "The Karaf scheduler runs and has every scheduled job of the platform")
public @interface SchedulerCheckConfig {

    @AttributeDefinition(name = "Required jobs",
            description = "Component names of jobs that must be registered and scheduled", required = false)
    String[] jobs() default {"se.avtalsvakt.agreement.renewaljob", "se.avtalsvakt.alerting"};
}

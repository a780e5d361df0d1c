package se.avtalsvakt.health.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code se.avtalsvakt.health}: which checks decide readiness. */
@ObjectClassDefinition(name = "Avtalsvakt health",
        description = "GET /system/health and health:check run the health checks with this tag")
public @interface HealthConfig {

    @AttributeDefinition(name = "Tag", description = "Health checks with this tag (hc.tags) decide readiness")
    String tag() default "avtalsvakt";

    @AttributeDefinition(name = "Required checks",
            description = "Names of checks that must be registered; a missing one counts as failed", required = false)
    String[] requiredChecks() default {"Bundles active", "Components satisfied", "Datasource", "Scheduler"};
}

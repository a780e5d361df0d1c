package se.avtalsvakt.agreement.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the renewal job, PID {@code se.avtalsvakt.agreement.renewaljob}. */
@ObjectClassDefinition(name = "Avtalsvakt renewal job",
        description = "Records each agreement's extensions and end when they happen.")
public @interface RenewalJobConfig {

    @AttributeDefinition(name = "Schedule", description = "When the job runs: a Quartz cron expression in the "
            + "JVM's time zone (the distribution runs in Europe/Stockholm). Default: every day at 00:05.")
    String scheduler_expression() default "0 5 0 * * ?";

    @AttributeDefinition(name = "Concurrent", description = "Never run two at once.")
    boolean scheduler_concurrent() default false;
}

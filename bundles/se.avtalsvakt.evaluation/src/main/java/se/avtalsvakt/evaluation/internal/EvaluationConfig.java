package se.avtalsvakt.evaluation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the obligation register, PID {@code se.avtalsvakt.evaluation}. */
@ObjectClassDefinition(name = "Avtalsvakt obligations",
        description = "Obligation plans (evaluations, follow-ups, reports, meeting cadence) and their reference data.")
public @interface EvaluationConfig {

    @AttributeDefinition(name = "Due soon (days)",
            description = "An occurrence is listed as DUE from this many days before its date; before that it is UPCOMING.")
    int dueSoonDays() default 60;

    @AttributeDefinition(name = "Load reference data", description = "Load the reference plans on start.")
    boolean referenceData() default true;

    @AttributeDefinition(name = "Reference data files",
            description = "JSON files of plans, loaded once per content version, keeping existing plans. A plain name "
                    + "is read from the bundle; a path from disk, relative to the etc folder.")
    String[] files() default {"obligation-plans.json"};
}

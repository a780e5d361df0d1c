package se.avtalsvakt.governance.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the governance bundle, PID {@code se.avtalsvakt.governance}. */
@ObjectClassDefinition(name = "Avtalsvakt governance",
        description = "Bodies, seats and rules of the cooperation organisation; vacancies and invitations as deadlines.")
public @interface GovernanceConfig {

    @AttributeDefinition(name = "Coordination function",
            description = "The organisation id of the coordination function (seed 003: a leaving representative "
                    + "notifies it and their principal). It owns a vacancy's deadline only when the seat's appointing "
                    + "organisation cannot be told apart.")
    String coordinator() default "samordningsfunktionen";

    @AttributeDefinition(name = "Nomination time (days)",
            description = "A vacant seat's deadline: this many days after it fell vacant, a new representative "
                    + "should be nominated.")
    int nominationDays() default 30;

    @AttributeDefinition(name = "Load reference data", description = "Load the reference bodies on start.")
    boolean referenceData() default true;

    @AttributeDefinition(name = "Reference data files",
            description = "JSON files of bodies, loaded once per content version, keeping existing bodies. A plain "
                    + "name is read from the bundle; a path from disk, relative to the etc folder.")
    String[] files() default {"governance-bodies.json"};
}

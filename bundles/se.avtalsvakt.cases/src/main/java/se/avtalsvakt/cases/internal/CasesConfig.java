package se.avtalsvakt.cases.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code se.avtalsvakt.cases}: reference data and the handover checklist's lead times. */
@ObjectClassDefinition(name = "Avtalsvakt cases", description = "Escalation ladders, responsibility, handovers")
public @interface CasesConfig {

    @AttributeDefinition(description = "Load the reference ladders and rules of responsibility on start")
    boolean referenceData() default true;

    @AttributeDefinition(description = "Reference data files: a plain name is shipped in the bundle, a path is "
            + "read relative to etc")
    String[] files() default {"cases-reference.json"};

    @AttributeDefinition(description = "Lead time of each handover item: key=days before the last day")
    String[] handoverLeadDays() default {
        "hjalpmedelsadministration=180", "teknisk-dokumentation=120", "patientjournaler=90", "lokaler=180",
        "utrustning=120", "personal=180", "uppgifter-fran-utforaren=60"};

    @AttributeDefinition(description = "The executor whose duty it is to hand over information (samarbetsavtalet §15)")
    String executor() default "hjalpmedelscentralen";

    @AttributeDefinition(description = "Agreements each party is to have a local implementation plan for")
    String[] localPlanAgreements() default {"overenskommelse-skola"};

    @AttributeDefinition(description = "Remind the parties without a local plan this many days after the "
            + "agreement's start; 0 for no reminder")
    int localPlanReminderDays() default 0;

    @AttributeDefinition(description = "Agreements whose ends open handover cases (the samarbetsavtal's §15 "
            + "checklist); * for every agreement")
    String[] handoverAgreements() default {"samarbetsavtal-hjalpmedel"};
}

package se.avtalsvakt.calendar.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the working-day calendar, PID {@code se.avtalsvakt.calendar.workingdays} (I1). */
@ObjectClassDefinition(name = "Avtalsvakt working days",
        description = "Which days count as working days: Monday to Friday except Swedish public holidays "
                + "(lag 1989:253), the eves unless switched off, and any local closures.")
public @interface WorkingDayConfig {

    @AttributeDefinition(name = "Eves are non-working days",
            description = "Whether midsommarafton, julafton and nyårsafton count as non-working days. They are not "
                    + "public holidays by law, but most offices are closed.")
    boolean eveNonWorking() default true;

    @AttributeDefinition(name = "Extra non-working days",
            description = "ISO dates (2026-12-28) of local closures that also count as non-working days. "
                    + "Several dates may be given in one value, separated by commas.")
    String[] extraNonWorkingDays() default {};
}

package se.avtalsvakt.agreement.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the reference data loader, PID {@code se.avtalsvakt.agreement.referencedata}. */
@ObjectClassDefinition(name = "Avtalsvakt reference data",
        description = "Organisations and agreements loaded on start, each file once per content version.")
public @interface ReferenceDataConfig {

    @AttributeDefinition(name = "Enabled", description = "Load reference data on start.")
    boolean enabled() default true;

    @AttributeDefinition(name = "Files",
            description = "Exchange-format JSON files to load, in order. A plain name is read from the bundle "
                    + "(the shipped data); a path is read from disk, relative to the etc folder. Each file is loaded once per "
                    + "content version, keeping what users changed.")
    String[] files() default {"vgr-hjalpmedel.json"};
}

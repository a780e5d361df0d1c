package se.avtalsvakt.cases.internal.store;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.persistence.SchemaMigrator;

/** The cases bundle's tables, brought up to date; registered once its migrations have run. */
@Component(service = CasesSchema.class)
public class CasesSchema {

    public static final String CHANGELOG = "db/cases/changelog.xml";

    @Activate
    public CasesSchema(@Reference SchemaMigrator migrator) {
        migrator.migrate(CHANGELOG, CasesSchema.class.getClassLoader());
    }
}

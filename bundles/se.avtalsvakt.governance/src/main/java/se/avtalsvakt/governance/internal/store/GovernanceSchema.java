package se.avtalsvakt.governance.internal.store;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.persistence.SchemaMigrator;

/** The governance bundle's tables, brought up to date; registered once its migrations have run. */
@Component(service = GovernanceSchema.class)
public class GovernanceSchema {

    public static final String CHANGELOG = "db/governance/changelog.xml";

    @Activate
    public GovernanceSchema(@Reference SchemaMigrator migrator) {
        migrator.migrate(CHANGELOG, GovernanceSchema.class.getClassLoader());
    }
}

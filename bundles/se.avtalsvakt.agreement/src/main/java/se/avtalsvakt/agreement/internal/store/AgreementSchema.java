package se.avtalsvakt.agreement.internal.store;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.persistence.SchemaMigrator;

/**
 * The agreement bundle's tables, brought up to date. Registered as a service only once its migrations have run,
 * so that whatever uses the tables can wait for it.
 */
@Component(service = AgreementSchema.class)
public class AgreementSchema {

    /** The changelog; its path names the changesets for good. */
    public static final String CHANGELOG = "db/agreement/changelog.xml";

    @Activate
    public AgreementSchema(@Reference SchemaMigrator migrator) {
        migrator.migrate(CHANGELOG, AgreementSchema.class.getClassLoader());
    }
}

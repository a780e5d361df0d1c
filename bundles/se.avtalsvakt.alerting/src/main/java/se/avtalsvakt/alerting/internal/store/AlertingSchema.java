package se.avtalsvakt.alerting.internal.store;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.persistence.SchemaMigrator;

/**
 * The alerting bundle's tables, brought up to date. Registered as a service only once its migrations have run, so
 * that whatever uses the tables can wait for it.
 */
@Component(service = AlertingSchema.class)
public class AlertingSchema {

    /** The changelog; its path names the changesets for good. */
    public static final String CHANGELOG = "db/alerting/changelog.xml";

    @Activate
    public AlertingSchema(@Reference SchemaMigrator migrator) {
        migrator.migrate(CHANGELOG, AlertingSchema.class.getClassLoader());
    }
}

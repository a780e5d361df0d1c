package se.avtalsvakt.supplier.internal.store;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.persistence.SchemaMigrator;

/** The supplier bundle's tables, brought up to date; registered once its migrations have run. */
@Component(service = SupplierSchema.class)
public class SupplierSchema {

    static final String CHANGELOG = "db/supplier/changelog.xml";

    @Activate
    public SupplierSchema(@Reference SchemaMigrator migrator) {
        migrator.migrate(CHANGELOG, SupplierSchema.class.getClassLoader());
    }
}

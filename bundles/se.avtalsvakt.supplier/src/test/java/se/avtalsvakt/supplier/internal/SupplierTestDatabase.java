package se.avtalsvakt.supplier.internal;

import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;

import se.avtalsvakt.calendar.internal.SwedishWorkingDayCalendar;
import se.avtalsvakt.calendar.internal.WorkingDayConfig;
import se.avtalsvakt.persistence.internal.LiquibaseSchemaMigrator;

/**
 * For the supplier bundle's SQL tests: a fresh in-memory Derby migrated with the bundle's own changelog, holding
 * one completed import (id 1) that test records can point to, and the real Swedish working-day calendar.
 */
public final class SupplierTestDatabase {

    /** The Swedish working-day calendar with the eves as non-working days, as shipped. */
    public static final SwedishWorkingDayCalendar CALENDAR = new SwedishWorkingDayCalendar(new WorkingDayConfig() {
        @Override
        public Class<? extends Annotation> annotationType() {
            return WorkingDayConfig.class;
        }

        @Override
        public boolean eveNonWorking() {
            return true;
        }

        @Override
        public String[] extraNonWorkingDays() {
            return new String[0];
        }
    });

    private SupplierTestDatabase() {
    }

    /**
     * @param supplier   the supplier of the import
     * @param recordType the import's record type, e.g. {@code ORDERS}
     * @return a new, migrated database with import 1 in it
     */
    public static EmbeddedDataSource withImport(String supplier, String recordType) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:supplier-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        new LiquibaseSchemaMigrator(dataSource).migrate("db/supplier/changelog.xml",
                SupplierTestDatabase.class.getClassLoader());
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("insert into av_supplier_import (supplier_id, record_type, source,"
                    + " received_at, status, lines_read, lines_stored, lines_duplicate, lines_corrected,"
                    + " lines_rejected) values ('" + supplier + "', '" + recordType + "', 't', current_timestamp,"
                    + " 'COMPLETED', 0, 0, 0, 0, 0)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }
}

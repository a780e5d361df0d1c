package se.avtalsvakt.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

import se.avtalsvakt.persistence.Migration;

public class LiquibaseSchemaMigratorTest {

    private EmbeddedDataSource dataSource;
    private LiquibaseSchemaMigrator migrator;

    @Before
    public void setUp() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:migrator-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        migrator = new LiquibaseSchemaMigrator(dataSource);
    }

    @Test
    public void runsEveryChangesetOnceAndLeavesTheDatabaseUsable() throws SQLException {
        assertEquals(2, migrator.migrate("db/test/changelog.xml", getClass().getClassLoader()));
        assertEquals(0, migrator.migrate("db/test/changelog.xml", getClass().getClassLoader()));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into probe (id, seen_on) values ('a', date('2026-11-22'))");
            try (ResultSet rs = s.executeQuery("select flag from probe where id = 'a'")) {
                assertTrue(rs.next());
                assertEquals(false, rs.getBoolean(1));
            }
        }
    }

    @Test
    public void aMissingChangelogIsReportedByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> migrator.migrate("db/none/changelog.xml", getClass().getClassLoader()));
        assertTrue(e.getMessage(), e.getMessage().contains("db/none/changelog.xml"));
    }

    @Test
    public void itsOwnChangelogRunsFirstAndEveryMigrationIsRemembered() throws SQLException {
        migrator.migrate("db/test/changelog.xml", getClass().getClassLoader());
        assertThrows(IllegalStateException.class,
                () -> migrator.migrate("db/none/changelog.xml", getClass().getClassLoader()));

        List<Migration> migrations = migrator.migrations();
        assertEquals(List.of("db/persistence/changelog.xml", "db/test/changelog.xml", "db/none/changelog.xml"),
                migrations.stream().map(Migration::changelog).toList());
        assertEquals(List.of(Migration.State.DONE, Migration.State.DONE, Migration.State.FAILED),
                migrations.stream().map(Migration::state).toList());
        assertEquals(2, migrations.get(1).ran());
        assertTrue(migrations.get(2).error(), migrations.get(2).error().contains("db/none/changelog.xml"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from av_reference_data_marker")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1));
        }
    }
}

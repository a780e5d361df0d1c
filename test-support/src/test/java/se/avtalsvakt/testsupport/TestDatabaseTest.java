package se.avtalsvakt.testsupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class TestDatabaseTest {

    private static TestDatabase db;

    @BeforeClass
    public static void database() {
        db = TestDatabase.migrated("db/probe/changelog.xml", "probe", TestDatabaseTest.class);
    }

    @AfterClass
    public static void drop() {
        db.close();
    }

    @Test
    public void theUnitsEntitiesMapTheMigratedTables() {
        db.jpa().tx(em -> em.persist(new ProbeEntity("a", LocalDate.of(2026, 11, 22))));

        assertEquals(LocalDate.of(2026, 11, 22),
                db.jpa().txExpr(em -> em.find(ProbeEntity.class, "a").seenOn()));
    }

    @Test
    public void aNestedCallJoinsTheOuterTransaction() {
        assertThrows(IllegalStateException.class, () -> db.jpa().tx(em -> {
            em.persist(new ProbeEntity("rolled-back", null));
            db.jpa().tx(inner -> inner.persist(new ProbeEntity("rolled-back-too", null)));
            throw new IllegalStateException("fail after both");
        }));

        assertEquals(List.of(), db.jpa().txExpr(em -> em
                .createQuery("select p.id from ProbeEntity p where p.id like 'rolled%'", String.class)
                .getResultList()));
    }

    @Test
    public void theEntitiesAreReadFromTheNamedUnit() {
        assertEquals(List.of(ProbeEntity.class), TestDatabase.entities("probe", getClass().getClassLoader()));
        assertThrows(IllegalStateException.class,
                () -> TestDatabase.entities("none", getClass().getClassLoader()));
    }

    @Test
    public void thePlatformsOwnChangelogRanFirst() {
        db.execute("insert into av_reference_data_marker (data_set, file_name, checksum, loaded_at) "
                + "values ('probe', 'p.json', 'abc', current_timestamp)");
        assertEquals("db/persistence/changelog.xml", db.migrator().migrations().get(0).changelog());
    }
}

package se.avtalsvakt.persistence.internal.health;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.felix.hc.api.Result;
import org.junit.Test;

import se.avtalsvakt.persistence.Migration;
import se.avtalsvakt.persistence.Migration.State;
import se.avtalsvakt.persistence.SchemaMigrator;

public class MigrationsHealthCheckTest {

    private final List<Migration> migrations = new ArrayList<>();
    private final MigrationsHealthCheck check = new MigrationsHealthCheck(new SchemaMigrator() {
        @Override
        public int migrate(String changelog, ClassLoader resources) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Migration> migrations() {
            return migrations;
        }
    });

    @Test
    public void okWhenEveryChangelogRan() {
        migrations.add(new Migration("db/persistence/changelog.xml", State.DONE, 1, null));
        migrations.add(new Migration("db/agreement/changelog.xml", State.DONE, 0, null));

        assertResult(Result.Status.OK,
                "All 2 changelogs applied: db/persistence/changelog.xml, db/agreement/changelog.xml");
    }

    @Test
    public void criticalNamingTheChangelogThatFailed() {
        migrations.add(new Migration("db/agreement/changelog.xml", State.DONE, 0, null));
        migrations.add(new Migration("db/supplier/changelog.xml", State.FAILED, 0, "column exists"));
        migrations.add(new Migration("db/alerting/changelog.xml", State.RUNNING, 0, null));

        assertResult(Result.Status.CRITICAL, "Schema migration failed: db/supplier/changelog.xml: column exists");
    }

    @Test
    public void temporarilyUnavailableWhileOneRuns() {
        migrations.add(new Migration("db/alerting/changelog.xml", State.RUNNING, 0, null));

        assertResult(Result.Status.TEMPORARILY_UNAVAILABLE, "Schema migration running: db/alerting/changelog.xml");
    }

    private void assertResult(Result.Status status, String message) {
        Result result = check.execute();
        assertEquals(status, result.getStatus());
        assertEquals(message, result.iterator().next().getMessage());
    }
}

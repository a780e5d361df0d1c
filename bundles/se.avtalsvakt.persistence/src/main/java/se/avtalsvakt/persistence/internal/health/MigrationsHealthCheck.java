package se.avtalsvakt.persistence.internal.health;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.persistence.Migration;
import se.avtalsvakt.persistence.SchemaMigrator;

/**
 * "Database migrations": every changelog a bundle asked to migrate has run. CRITICAL naming the changelog whose
 * last migration failed, TEMPORARILY_UNAVAILABLE while one runs.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=Database migrations",
        HealthCheck.TAGS + "=avtalsvakt",
        HealthCheck.TAGS + "=database"})
public class MigrationsHealthCheck implements HealthCheck {

    private final SchemaMigrator migrator;

    @Activate
    public MigrationsHealthCheck(@Reference SchemaMigrator migrator) {
        this.migrator = migrator;
    }

    @Override
    public Result execute() {
        List<Migration> migrations = migrator.migrations();
        List<Migration> failed = in(migrations, Migration.State.FAILED);
        if (!failed.isEmpty()) {
            return new Result(Result.Status.CRITICAL, "Schema migration failed: " + failed.stream()
                    .map(m -> m.changelog() + ": " + m.error()).collect(Collectors.joining("; ")));
        }
        List<Migration> running = in(migrations, Migration.State.RUNNING);
        if (!running.isEmpty()) {
            return new Result(Result.Status.TEMPORARILY_UNAVAILABLE,
                    "Schema migration running: " + changelogs(running));
        }
        return new Result(Result.Status.OK,
                "All " + migrations.size() + " changelogs applied: " + changelogs(migrations));
    }

    private static List<Migration> in(List<Migration> migrations, Migration.State state) {
        return migrations.stream().filter(m -> m.state() == state).toList();
    }

    private static String changelogs(List<Migration> migrations) {
        return migrations.stream().map(Migration::changelog).collect(Collectors.joining(", "));
    }
}

package se.avtalsvakt.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import se.avtalsvakt.persistence.Migration;
import liquibase.ui.LoggerUIService;
import se.avtalsvakt.persistence.SchemaMigrator;

/**
 * Runs Liquibase changelogs against the platform datasource. Which datasource is configuration: the reference
 * {@code dataSource} targets {@code (osgi.jndi.service.name=avtalsvakt)} unless {@code dataSource.target} says
 * otherwise. On activation it migrates the platform's own changelog ({@value #OWN_CHANGELOG}) first, so the
 * tables there exist before any domain bundle migrates. It remembers each changelog's last migration for the
 * "Database migrations" health check.
 */
@Component(name = "se.avtalsvakt.persistence.migrator", service = SchemaMigrator.class)
public class LiquibaseSchemaMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseSchemaMigrator.class);

    /** The platform's own tables (the reference data marker). */
    static final String OWN_CHANGELOG = "db/persistence/changelog.xml";

    private final DataSource dataSource;
    private final Map<String, Migration> migrations = new LinkedHashMap<>();

    @Activate
    public LiquibaseSchemaMigrator(
            @Reference(name = "dataSource", target = "(osgi.jndi.service.name=avtalsvakt)") DataSource dataSource) {
        this.dataSource = dataSource;
        migrate(OWN_CHANGELOG, LiquibaseSchemaMigrator.class.getClassLoader());
    }

    @Override
    public List<Migration> migrations() {
        synchronized (migrations) {
            return new ArrayList<>(migrations.values());
        }
    }

    private void record(Migration migration) {
        synchronized (migrations) {
            migrations.put(migration.changelog(), migration);
        }
    }

    @Override
    public synchronized int migrate(String changelog, ClassLoader resources) {
        record(new Migration(changelog, Migration.State.RUNNING, 0, null));
        try {
            int ran = update(changelog, resources);
            record(new Migration(changelog, Migration.State.DONE, ran, null));
            return ran;
        } catch (RuntimeException e) {
            record(new Migration(changelog, Migration.State.FAILED, 0, e.getMessage()));
            throw e;
        }
    }

    private int update(String changelog, ClassLoader resources) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            if (database instanceof DerbyDatabase derby) {
                // closing Liquibase would otherwise shut the embedded Derby engine down for everyone
                derby.setShutdownEmbeddedDerby(false);
            }
            Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(resources), database);
            int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
            if (pending > 0) {
                LOG.info("Migrating schema: {} changeset(s) of {} to run", pending, changelog);
                // Liquibase's default UI prints each changeset and a summary to System.out, i.e. into the
                // operator's console: send them to the log instead
                liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                Scope.child(Scope.Attr.ui, new LoggerUIService(),
                        () -> liquibase.update(new Contexts(), new LabelExpression()));
            } else {
                LOG.debug("Schema of {} is up to date", changelog);
            }
            return pending;
        } catch (Exception e) {
            throw new IllegalStateException("schema migration " + changelog + " failed: " + rootMessage(e), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}

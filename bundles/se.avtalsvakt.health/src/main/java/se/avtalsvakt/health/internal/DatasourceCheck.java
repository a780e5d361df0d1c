package se.avtalsvakt.health.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Datasource": the platform datasource ({@code osgi.jndi.service.name=avtalsvakt}) is registered, lends a
 * connection and the connection answers within {@link #TIMEOUT_SECONDS}. The message names only the SQL state;
 * the database's own message (which may hold paths or host names) goes to the log.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=" + DatasourceCheck.NAME,
        HealthCheck.TAGS + "=avtalsvakt"})
public class DatasourceCheck implements HealthCheck {

    static final String NAME = "Datasource";
    static final int TIMEOUT_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(DatasourceCheck.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(osgi.jndi.service.name=avtalsvakt)")
    private volatile DataSource dataSource;

    /** For the tests: a check of this datasource (null: none registered). */
    static DatasourceCheck of(DataSource dataSource) {
        DatasourceCheck check = new DatasourceCheck();
        check.dataSource = dataSource;
        return check;
    }

    @Override
    public Result execute() {
        DataSource ds = dataSource;
        if (ds == null) {
            return new Result(Result.Status.CRITICAL, "the datasource 'avtalsvakt' is not registered"
                    + " (etc/org.ops4j.datasource-avtalsvakt.cfg, feature avtalsvakt-datasource)");
        }
        try (Connection connection = ds.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return new Result(Result.Status.CRITICAL,
                        "the database did not answer within " + TIMEOUT_SECONDS + " s");
            }
            String product = connection.getMetaData().getDatabaseProductName();
            return new Result(Result.Status.OK, "connection to " + product + " answers");
        } catch (SQLException e) {
            LOG.warn("Health check: no connection from the datasource 'avtalsvakt': {}", e.getMessage());
            return new Result(Result.Status.CRITICAL,
                    "no connection (SQL state " + e.getSQLState() + "; the log has the database's message)");
        } catch (RuntimeException e) {
            LOG.warn("Health check: the datasource 'avtalsvakt' failed: {}", e.toString());
            return new Result(Result.Status.CRITICAL, "no connection (the log has the cause)");
        }
    }
}

package se.avtalsvakt.health.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.felix.hc.api.Result;
import org.junit.Test;

/** "Datasource": a real (in-memory Derby) database answers; a missing one or one that cannot connect fails. */
public class DatasourceCheckTest {

    private static String message(Result result) {
        return result.iterator().next().getMessage();
    }

    @Test
    public void aDatabaseThatAnswersIsOk() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:health-ok");
        ds.setCreateDatabase("create");
        Result result = DatasourceCheck.of(ds).execute();
        assertEquals(Result.Status.OK, result.getStatus());
        assertEquals("connection to Apache Derby answers", message(result));
    }

    @Test
    public void aDatabaseThatCannotBeReachedIsCriticalWithoutItsPath() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:does-not-exist-" + System.nanoTime());
        Result result = DatasourceCheck.of(ds).execute();
        assertEquals(Result.Status.CRITICAL, result.getStatus());
        assertTrue(message(result), message(result).startsWith("no connection (SQL state XJ004"));
        assertTrue(message(result), !message(result).contains("does-not-exist"));
    }

    @Test
    public void noRegisteredDatasourceIsCritical() {
        Result result = DatasourceCheck.of(null).execute();
        assertEquals(Result.Status.CRITICAL, result.getStatus());
        assertTrue(message(result), message(result).startsWith("the datasource 'avtalsvakt' is not registered"));
    }
}

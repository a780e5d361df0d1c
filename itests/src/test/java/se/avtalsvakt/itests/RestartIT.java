package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import se.avtalsvakt.persistence.ReferenceDataLoad;
import se.avtalsvakt.persistence.ReferenceDataLoader;

/**
 * Data survives a restart of the bundles, and starting again loads no reference data twice and keeps users'
 * edits of reference data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestartIT extends AvtalsvaktTestSupport {

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    @Test
    public void dataSurvivesARestartAndReferenceDataIsNotLoadedTwice() throws Exception {
        String id = uniqueId("overlever");
        assertEquals(201, post("/api/v1/agreements", "operator", agreementJson(id, "Överlever")).statusCode());
        int organisations = json(get("/api/v1/organisations", "viewer")).size();
        int agreements = json(get("/api/v1/agreements", "viewer")).size();

        // a user edits a seed agreement: the reference data must not put the old title back
        var seed = (com.fasterxml.jackson.databind.node.ObjectNode) json(
                get("/api/v1/agreements/overenskommelse-skola", "viewer"));
        seed.remove("status");
        seed.put("notes", "Ändrad av en användare");
        assertEquals(200, put("/api/v1/agreements/overenskommelse-skola", "operator", JSON.writeValueAsString(seed))
                .statusCode());

        for (String bsn : new String[] {"se.avtalsvakt.rest", "se.avtalsvakt.agreement", "se.avtalsvakt.persistence"}) {
            bundle(bsn).stop();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/agreements", "viewer").statusCode() != 200);
        for (String bsn : new String[] {"se.avtalsvakt.persistence", "se.avtalsvakt.agreement", "se.avtalsvakt.rest"}) {
            bundle(bsn).start();
            assertEquals(Bundle.ACTIVE, bundle(bsn).getState());
        }
        awaitPlatform();

        assertEquals(organisations, json(get("/api/v1/organisations", "viewer")).size());
        assertEquals(agreements, json(get("/api/v1/agreements", "viewer")).size());
        assertEquals("Överlever", json(get("/api/v1/agreements/" + id, "viewer")).get("title").asText());
        assertEquals("Ändrad av en användare",
                json(get("/api/v1/agreements/overenskommelse-skola", "viewer")).get("notes").asText());

        // loaded again on start, the shipped file was found unchanged: nothing applied
        ServiceReference<ReferenceDataLoader> loader = bundleContext.getServiceReference(ReferenceDataLoader.class);
        List<ReferenceDataLoad> loads = bundleContext.getService(loader).lastLoad("agreement").orElseThrow();
        assertEquals(List.of(new ReferenceDataLoad("agreement", "vgr-hjalpmedel.json",
                ReferenceDataLoad.Outcome.UNCHANGED, null)), loads);
        await().atMost(Duration.ofSeconds(60)).until(() -> health("Reference data").getStatus() == Result.Status.OK);
        String message = health("Reference data").iterator().next().getMessage();
        assertTrue(message, message.contains("agreement (1 file)") && message.contains("evaluation (1 file)")
                && message.contains("governance (1 file)"));
        assertEquals(Result.Status.OK, health("Database migrations").getStatus());
    }

    private Result health(String name) throws Exception {
        ServiceReference<HealthCheck> check = bundleContext.getServiceReferences(HealthCheck.class,
                "(" + HealthCheck.NAME + "=" + name + ")").iterator().next();
        return bundleContext.getService(check).execute();
    }
}

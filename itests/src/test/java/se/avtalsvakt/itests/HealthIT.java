package se.avtalsvakt.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Readiness: {@code GET /system/health} answers 200 without login once every health check passes, 503 naming the
 * failing checks while one does not (a stopped domain bundle), and {@code health:check} prints the same.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HealthIT extends AvtalsvaktTestSupport {

    static final List<String> PLATFORM_CHECKS = List.of("Bundles active", "Components satisfied", "Datasource",
            "E-mail channel", "Scheduler");

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    private static List<String> names(JsonNode checks) {
        List<String> names = new ArrayList<>();
        checks.forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    private static JsonNode check(JsonNode body, String name) {
        for (JsonNode c : body.get("checks")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no check " + name + " in " + body);
    }

    @Test
    public void theStartedPlatformIsHealthyWithoutLoginAndTheAnswerHoldsOnlyNamesStatusesAndMessages()
            throws Exception {
        HttpResponse<String> response = get(HEALTH, null);
        assertEquals(response.body(), 200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        JsonNode body = json(response);
        assertTrue(body.toString(), List.of("OK", "WARN").contains(body.get("status").asText()));
        assertEquals(0, body.get("failing").size());
        assertTrue(body.toString(), names(body.get("checks")).containsAll(PLATFORM_CHECKS));
        for (JsonNode c : body.get("checks")) {
            List<String> fields = new ArrayList<>();
            c.fieldNames().forEachRemaining(fields::add);
            assertEquals(c.toString(), List.of("name", "status", "messages"), fields);
        }
        assertTrue(check(body, "Datasource").toString(), check(body, "Datasource").get("messages").get(0).asText()
                .contains("Apache Derby"));
        assertTrue(check(body, "Scheduler").toString(), check(body, "Scheduler").toString()
                .contains("se.avtalsvakt.agreement.renewaljob") && check(body, "Scheduler").toString()
                .contains("se.avtalsvakt.alerting"));
        assertTrue(check(body, "E-mail channel").toString(),
                check(body, "E-mail channel").get("messages").get(0).asText().startsWith("not configured"));
    }

    @Test
    public void aStoppedDomainBundleMakesItUnavailableNamingTheBundleUntilItRunsAgain() throws Exception {
        Bundle governance = bundle("se.avtalsvakt.governance");
        governance.stop();
        try {
            HttpResponse<String> response = awaitHealth(503);
            assertTrue(response.headers().firstValue("Retry-After").isPresent());
            JsonNode body = json(response);
            assertEquals(body.toString(), "CRITICAL", body.get("status").asText());
            List<String> failing = new ArrayList<>();
            body.get("failing").forEach(f -> failing.add(f.asText()));
            assertTrue(body.toString(), failing.contains("Bundles active"));
            assertTrue(body.toString(), check(body, "Bundles active").get("messages").toString()
                    .contains("se.avtalsvakt.governance"));
            assertFalse(body.toString(), failing.contains("Datasource"));

            String printed = console("health:check");
            assertTrue(printed, printed.lines().anyMatch(l -> l.contains("CRITICAL") && l.contains("Bundles active")
                    && l.contains("se.avtalsvakt.governance")));
            assertTrue(printed, printed.strip().lines().reduce((a, b) -> b).orElse("")
                    .startsWith("Overall: CRITICAL (not ready; failing: Bundles active"));
        } finally {
            governance.start();
        }
        assertEquals(Bundle.ACTIVE, governance.getState());
        awaitHealth(200);
    }

    @Test
    public void healthCheckPrintsOneLinePerCheckAndTheOverallStatusLast() throws Exception {
        String printed = console("health:check");
        for (String name : PLATFORM_CHECKS) {
            assertTrue(printed, printed.lines().anyMatch(l -> l.contains(name)
                    && (l.contains("OK") || l.contains("WARN"))));
        }
        String last = printed.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(printed, last.equals("Overall: OK (ready)") || last.equals("Overall: WARN (ready)"));
        assertFalse(printed, printed.contains("Exception"));

        String otherTag = console("health:check --tag no-such-tag");
        assertEquals(otherTag, "Overall: CRITICAL (not ready; failing: Health checks)",
                otherTag.strip().lines().reduce((a, b) -> b).orElse(""));
    }
}

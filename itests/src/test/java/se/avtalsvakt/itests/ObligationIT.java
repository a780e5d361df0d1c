package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seeds' obligation plans (R5, R10, seed 003's cadence) over REST and the console: their due dates, overdue
 * occurrences as deadlines, fulfilments with the evaluation criteria, and an alert once the clock passes an
 * evaluation. The methods share one container and run in order (the last one moves the clock).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ObligationIT extends AvtalsvaktTestSupport {

    static final String EVALUATION = "samarbetsavtal-hjalpmedel-utvardering";
    static final String SCHOOL = "overenskommelse-skola-utvardering:2024-06-01";

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    @Before
    public void platformIsUp() {
        awaitPlatform();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> json(get("/api/v1/obligation-plans", "viewer")).size() >= 13);
    }

    private Map<String, String> states(String query) throws Exception {
        var response = get("/api/v1/obligations?" + query, "viewer");
        assertEquals(response.body(), 200, response.statusCode());
        Map<String, String> states = new HashMap<>();
        for (JsonNode o : json(response)) {
            states.put(o.get("id").asText(), o.get("state").asText());
        }
        return states;
    }

    @Test
    public void a_theSeedsPlansGiveTheExpectedDueDates() throws Exception {
        Map<String, String> cooperation = states("from=2017-01-01&to=2028-12-31&agreement=samarbetsavtal-hjalpmedel");
        // R5: first evaluation spring 2019 (I4: by 30 June), then every third year
        assertEquals("OVERDUE", cooperation.get(EVALUATION + ":2019-06-30"));
        assertEquals("OVERDUE", cooperation.get(EVALUATION + ":2022-06-30"));
        assertEquals("OVERDUE", cooperation.get(EVALUATION + ":2025-06-30"));
        assertEquals("UPCOMING", cooperation.get(EVALUATION + ":2028-06-30"));
        // yearly economic follow-up, tracked from 2026: due within 60 days of 2026-11-22
        assertEquals("DUE", cooperation.get("samarbetsavtal-hjalpmedel-ekonomisk-uppfoljning:2026-12-31"));
        assertEquals(cooperation.toString(), 4 + 3, cooperation.size());

        // R10: two years after the start 2022-06-01
        assertEquals(Map.of(SCHOOL, "OVERDUE"), states("from=2020-01-01&to=2030-12-31&agreement=overenskommelse-skola"));

        JsonNode lr = json(get("/api/v1/obligations?from=2026-01-01&to=2026-12-31&body=ledningsradet", "viewer"));
        assertEquals(1, lr.size());
        assertEquals(6, lr.get(0).get("required").asInt());
        assertEquals("ledningsradet-moten:2026-12-31", lr.get(0).get("id").asText());

        String listed = console("obligation:list --agreement overenskommelse-skola --from 2020-01-01");
        assertTrue(listed, listed.contains("2024-06-01") && listed.contains("OVERDUE"));
        String overdue = console("obligation:list --overdue --from 2017-01-01");
        assertTrue(overdue, overdue.contains(EVALUATION + ":2019-06-30") && !overdue.contains("UPCOMING"));
        String plans = console("obligation:plans");
        assertTrue(plans, plans.contains("every P3Y from 2019-06-30") && plans.contains("2-3 a year, invitation P14D"));
        assertTrue(console("obligation:list --from tomorrow").startsWith("Error"));
        assertEquals(400, get("/api/v1/obligations?state=LATE", "viewer").statusCode());
    }

    @Test
    public void b_overdueOccurrencesAreDeadlinesOfTheResponsibleBody() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode d : json(get("/api/v1/deadlines?from=2025-01-01&to=2025-12-31", "viewer"))) {
            if (d.get("source").asText().equals("obligation")) {
                found.add(d);
            }
        }
        assertEquals(found.toString(), 1, found.size());
        JsonNode d = found.get(0);
        assertEquals(EVALUATION + ":2025-06-30", d.get("subject").asText());
        assertEquals("OBLIGATION_DUE", d.get("kind").asText());
        assertEquals("2025-06-30", d.get("date").asText());
        assertEquals("2025-06-30", d.get("practicalDate").asText());
        assertEquals("ledningsradet", d.get("owner").asText());
    }

    @Test
    public void c_anEvaluationIsFulfilledWithEveryCriterionAssessed() throws Exception {
        String partial = "{\"date\": \"2024-05-20\", \"reference\": \"Dnr 2024-00042\", \"by\": \"Ledningsrådet\","
                + " \"criteria\": [{\"criterion\": \"ansvarsfördelning\", \"assessment\": \"tydlig\"}]}";
        var refused = post("/api/v1/obligations/" + SCHOOL + "/fulfilments", "operator", partial);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertEquals("criteria", json(refused).at("/errors/0/path").asText());
        assertEquals(403, post("/api/v1/obligations/" + SCHOOL + "/fulfilments", "viewer", partial).statusCode());
        assertEquals(404, post("/api/v1/obligations/" + EVALUATION + ":2024-06-30/fulfilments", "operator", partial)
                .statusCode());
        String consoleRefused = console("obligation:fulfil --criterion samverkan=god " + SCHOOL);
        assertTrue(consoleRefused, consoleRefused.contains("Error") && consoleRefused.contains("not assessed"));

        String whole = "{\"date\": \"2024-05-20\", \"reference\": \"Dnr 2024-00042\", \"by\": \"Ledningsrådet\","
                + " \"criteria\": [{\"criterion\": \"ansvarsfördelning\", \"assessment\": \"tydlig\"},"
                + " {\"criterion\": \"samverkan\", \"assessment\": \"god\"},"
                + " {\"criterion\": \"delaktighet\", \"assessment\": \"brister i skolan\"}]}";
        var created = post("/api/v1/obligations/" + SCHOOL + "/fulfilments", "operator", whole);
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("FULFILLED", json(created).get("state").asText());
        assertEquals("Dnr 2024-00042", json(created).at("/fulfilments/0/reference").asText());
        for (JsonNode d : json(get("/api/v1/deadlines?from=2024-01-01&to=2024-12-31", "viewer"))) {
            assertTrue("a fulfilled occurrence is no deadline", !d.get("subject").asText().equals(SCHOOL));
        }
        String done = console("obligation:fulfil --reference Dnr-2025-7 --criterion ekonomi=balans "
                + "--criterion kvalitet=god " + EVALUATION + ":2025-06-30");
        assertTrue(done, done.contains("FULFILLED"));
    }

    @Test
    public void d_movingTheClockPastAnUnfulfilledEvaluationRaisesOneAlert() throws Exception {
        String subject = EVALUATION + ":2028-06-30";
        setDate(configurationAdmin.getConfiguration("se.avtalsvakt.clock", null), "2028-07-03");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            int open = 0;
            for (JsonNode a : json(get("/api/v1/alerts?state=OPEN", "viewer"))) {
                if (a.get("subject").asText().equals(subject)) {
                    open++;
                }
            }
            return open == 1;
        });
        JsonNode alert = null;
        for (JsonNode a : json(get("/api/v1/alerts?state=OPEN", "viewer"))) {
            if (a.get("subject").asText().equals(subject)) {
                alert = a;
            }
        }
        assertEquals("passed", alert.get("threshold").asText());
        assertEquals("OBLIGATION_DUE", alert.get("kind").asText());
        assertEquals("ledningsradet", alert.get("addressee").asText());
        // once: another scan the same day raises nothing more for it
        console("alert:run");
        int open = 0;
        for (JsonNode a : json(get("/api/v1/alerts?state=OPEN", "viewer"))) {
            if (a.get("subject").asText().equals(subject)) {
                open++;
            }
        }
        assertEquals(1, open);
    }
}

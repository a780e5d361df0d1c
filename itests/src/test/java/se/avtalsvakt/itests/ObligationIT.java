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
 * The seeds' obligation plans (R5, R10, seed 003's cadence) over REST and the console: their due dates, every
 * overdue occurrence however old and its alert on first start, a notice cancelling later evaluations (seed 004
 * §14.2) while nothing is due after the end, overdue occurrences as deadlines, fulfilments with the evaluation
 * criteria, and an alert once the clock passes an evaluation. The methods share one container and run in order
 * (the last one moves the clock).
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
        // seed 004 §8: the development funds set before each operating year, by the end of the year before
        assertEquals("DUE", cooperation.get("samarbetsavtal-hjalpmedel-utvecklingsmedel:2026-12-31"));
        assertEquals(cooperation.toString(), 4 + 3 + 3, cooperation.size());

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

        // the same window in pages of two, following the Link header: the same occurrences in the same order
        String window = "from=2017-01-01&to=2028-12-31&agreement=samarbetsavtal-hjalpmedel";
        List<String> whole = idsOf(json(get("/api/v1/obligations?" + window, "viewer")));
        List<String> walked = new java.util.ArrayList<>();
        String path = "/api/v1/obligations?" + window + "&limit=2";
        while (path != null) {
            var page = get(path, "viewer");
            assertEquals(page.body(), 200, page.statusCode());
            walked.addAll(idsOf(json(page)));
            path = page.headers().firstValue("Link").map(link -> {
                java.net.URI next = java.net.URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>')));
                return next.getRawPath() + "?" + next.getRawQuery();
            }).orElse(null);
        }
        assertEquals(whole, walked);
        assertEquals(10, walked.size()); // four evaluations, three follow-ups, three development-fund decisions
        assertEquals(400, get("/api/v1/obligations?limit=0", "viewer").statusCode());
        String cut = console("obligation:list --agreement samarbetsavtal-hjalpmedel --from 2017-01-01 --limit 2");
        assertTrue(cut, cut.contains("there are more"));
    }

    @Test
    public void aa_everyOverdueOccurrenceIsListedHoweverOld() throws Exception {
        // no window: from each plan's first occurrence to today (2026-11-22); the seeds record none of these as done
        var response = get("/api/v1/obligations?state=OVERDUE", "viewer");
        assertEquals(response.body(), 200, response.statusCode());
        List<String> ids = new ArrayList<>();
        for (JsonNode o : json(response)) {
            assertEquals("OVERDUE", o.get("state").asText());
            assertTrue(o.toString(), o.get("dueDate").asText().compareTo(TODAY) < 0);
            ids.add(o.get("id").asText());
        }
        assertEquals(List.of(EVALUATION + ":2019-06-30", EVALUATION + ":2022-06-30", SCHOOL,
                EVALUATION + ":2025-06-30"), ids);
        assertEquals(List.of(SCHOOL), idsOf(json(get("/api/v1/obligations?state=OVERDUE&agreement=overenskommelse-skola",
                "viewer"))));

        String listed = console("obligation:list --overdue");
        assertTrue(listed, listed.contains(SCHOOL) && listed.contains(EVALUATION + ":2019-06-30")
                && !listed.contains("UPCOMING"));

        // late is never silent: on first start the school evaluation, two and a half years late, has one alert
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> overdueAlerts(SCHOOL).size() == 1);
        JsonNode alert = overdueAlerts(SCHOOL).get(0);
        assertEquals("OBLIGATION_DUE", alert.get("kind").asText());
        assertEquals("ledningsradet", alert.get("addressee").asText());
        assertEquals(1, overdueAlerts(EVALUATION + ":2019-06-30").size());
        console("alert:run");
        assertEquals(1, overdueAlerts(SCHOOL).size());

        // seed 004 §14.2: the evaluation stops at notice, the yearly economic follow-up runs to the end
        assertTrue(json(get("/api/v1/obligation-plans/" + EVALUATION, "viewer")).get("stopsAtNotice").asBoolean());
        assertTrue(!json(get("/api/v1/obligation-plans/samarbetsavtal-hjalpmedel-ekonomisk-uppfoljning", "viewer"))
                .get("stopsAtNotice").asBoolean());
        assertTrue(console("obligation:plans --agreement samarbetsavtal-hjalpmedel").contains("stops at notice"));

        // what an official reads: Swedish, the body's name, no console command
        for (JsonNode d : json(get("/api/v1/deadlines?from=2025-01-01&to=2025-12-31&limit=1000", "viewer"))) {
            if (d.get("source").asText().equals("obligation")) {
                String text = d.get("description").asText();
                assertTrue(text, text.startsWith("Genomför utvärderingen och registrera den.")
                        && text.contains("Ledningsrådet för hjälpmedel") && !text.contains("obligation:"));
            }
        }
    }

    @Test
    public void ab_aNoticeCancelsLaterEvaluationsWithItsReasonAndNothingIsDueAfterTheEnd() throws Exception {
        String id = uniqueId("utvarderat");
        assertEquals(201, post("/api/v1/agreements", "operator", agreementJson(id, "Utvärderas")).statusCode());
        String evaluation = id + "-utvardering";
        String followUp = id + "-uppfoljning";
        var saved = put("/api/v1/obligation-plans/" + evaluation, "operator", "{\"title\": \"Halvårsutvärdering\","
                + " \"kind\": \"EVALUATION\", \"agreement\": \"" + id + "\", \"responsible\": \"ledningsradet\","
                + " \"type\": \"RECURRING\", \"anchor\": \"2027-03-31\", \"every\": \"P6M\", \"stopsAtNotice\": true}");
        assertEquals(saved.body(), 200, saved.statusCode());
        assertTrue(json(saved).get("stopsAtNotice").asBoolean());
        assertEquals(200, put("/api/v1/obligation-plans/" + followUp, "operator", "{\"title\": \"Årlig uppföljning\","
                + " \"kind\": \"FOLLOW_UP\", \"agreement\": \"" + id + "\", \"responsible\": \"ledningsradet\","
                + " \"type\": \"YEARLY\", \"dayOfYear\": \"--12-31\", \"from\": \"2026-01-01\"}").statusCode());
        var refused = put("/api/v1/obligation-plans/" + id + "-moten", "operator", "{\"title\": \"Möten\","
                + " \"kind\": \"MEETINGS\", \"body\": \"ledningsradet\", \"responsible\": \"ledningsradet\","
                + " \"type\": \"COUNT_PER_YEAR\", \"minPerYear\": 2, \"from\": \"2026-01-01\", \"stopsAtNotice\": true}");
        assertEquals(refused.body(), 400, refused.statusCode());
        assertEquals("stopsAtNotice", json(refused).at("/errors/0/path").asText());

        String window = "/api/v1/obligations?agreement=" + id + "&from=2026-01-01&to=2030-12-31";
        Map<String, String> before = statesOf(json(get(window, "viewer")));
        assertEquals("UPCOMING", before.get(evaluation + ":2027-09-30"));
        assertTrue(before.toString(), before.containsKey(evaluation + ":2028-03-31"));

        // first term ends 2026-12-31, notice P3M: received after the deadline 2026-09-30, it ends 2027-12-31
        assertEquals(201, post("/api/v1/agreements/" + id + "/terminations", "operator",
                "{\"party\": \"goteborg\", \"receivedOn\": \"2026-10-05\", \"written\": true,"
                        + " \"diaryNumber\": \"D-77\"}").statusCode());
        JsonNode after = json(get(window, "viewer"));
        assertEquals(Map.of(followUp + ":2026-12-31", "DUE", evaluation + ":2027-03-31", "CANCELLED",
                evaluation + ":2027-09-30", "CANCELLED", followUp + ":2027-12-31", "UPCOMING"), statesOf(after));
        for (JsonNode o : after) {
            String reason = o.get("cancelledReason").asText(null);
            if (o.get("state").asText().equals("CANCELLED")) {
                assertTrue(reason, reason.contains("Göteborg") && reason.contains("2026-10-05")
                        && reason.contains("D-77") && reason.contains("2027-12-31"));
            } else {
                assertEquals(null, reason);
            }
        }
        assertEquals(404, get("/api/v1/obligations/" + evaluation + ":2028-03-31", "viewer").statusCode());
        assertEquals("CANCELLED", json(get("/api/v1/obligations/" + evaluation + ":2027-03-31", "viewer"))
                .get("state").asText());
        String listed = console("obligation:list --agreement " + id + " --from 2026-01-01 --to 2030-12-31");
        assertTrue(listed, listed.contains("CANCELLED") && listed.contains("Inställd") && !listed.contains("2028-"));
        // cancelled is no deadline
        for (JsonNode d : json(get("/api/v1/deadlines?from=2027-01-01&to=2027-12-31&limit=1000", "viewer"))) {
            assertTrue(d.toString(), !d.get("subject").asText().startsWith(evaluation));
        }
    }

    private List<JsonNode> overdueAlerts(String subject) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode a : json(get("/api/v1/alerts?state=OPEN&limit=1000", "viewer"))) {
            if (a.get("subject").asText().equals(subject) && a.get("threshold").asText().equals("overdue")) {
                found.add(a);
            }
        }
        return found;
    }

    private static List<String> idsOf(JsonNode occurrences) {
        List<String> ids = new ArrayList<>();
        occurrences.forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }

    private static Map<String, String> statesOf(JsonNode occurrences) {
        Map<String, String> states = new HashMap<>();
        occurrences.forEach(o -> states.put(o.get("id").asText(), o.get("state").asText()));
        return states;
    }

    @Test
    public void b_overdueOccurrencesAreDeadlinesOfTheResponsibleBody() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode d : json(get("/api/v1/deadlines?from=2025-01-01&to=2025-12-31&limit=1000", "viewer"))) {
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
        for (JsonNode d : json(get("/api/v1/deadlines?from=2024-01-01&to=2024-12-31&limit=1000", "viewer"))) {
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
            for (JsonNode a : json(get("/api/v1/alerts?state=OPEN&limit=1000", "viewer"))) {
                if (a.get("subject").asText().equals(subject)) {
                    open++;
                }
            }
            return open == 1;
        });
        JsonNode alert = null;
        for (JsonNode a : json(get("/api/v1/alerts?state=OPEN&limit=1000", "viewer"))) {
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
        for (JsonNode a : json(get("/api/v1/alerts?state=OPEN&limit=1000", "viewer"))) {
            if (a.get("subject").asText().equals(subject)) {
                open++;
            }
        }
        assertEquals(1, open);
    }
}

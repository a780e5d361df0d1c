package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Casework in the assembled distribution on 2026-11-22: a dispute escalated past its time limit along the
 * samarbetsavtal's ladder, the responsibility lookup of the school agreement, a handover case opening by itself
 * when Lilla Edet's participation ends, the deadlines in the lists, the feed and the alerts, the report; and the
 * feature uninstalled with the rest still working.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CasesIT extends AvtalsvaktTestSupport {

    private static final String COOPERATION = "samarbetsavtal-hjalpmedel";

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    private static List<JsonNode> matching(JsonNode list, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode n : list) {
            if (n.path(field).asText().equals(value)) {
                found.add(n);
            }
        }
        return found;
    }

    @Test
    public void a_aDisputeIsEscalatedPastItsTimeLimitAlongTheLadder() throws Exception {
        JsonNode ladder = json(get("/api/v1/escalation-ladders/" + COOPERATION, "viewer"));
        assertEquals(2, ladder.get("steps").size());
        assertEquals("ledningsradet", ladder.at("/steps/0/owner").asText());
        assertEquals(90, ladder.at("/steps/0/limitDays").asInt());
        assertTrue(ladder.at("/steps/1/title").asText().contains("Göteborgs tingsrätt"));

        var refused = post("/api/v1/disputes", "operator", "{\"agreement\": \"" + COOPERATION + "\", \"parties\":"
                + " [\"lilla-edet\", \"vgr\"], \"subject\": \"Självkostnaden\", \"situation\": \"Eleven 19811218-9876\","
                + " \"openedOn\": \"2026-08-01\"}");
        assertEquals(refused.body(), 400, refused.statusCode());
        assertEquals("situation", json(refused).at("/errors/0/path").asText());
        assertFalse(refused.body().contains("9876"));

        var opened = post("/api/v1/disputes", "operator", "{\"agreement\": \"" + COOPERATION + "\", \"parties\":"
                + " [\"lilla-edet\", \"vgr\"], \"subject\": \"Tolkning av självkostnadsansvaret\","
                + " \"situation\": \"Ett barn väntar på en anpassad stol\", \"openedOn\": \"2026-08-01\"}");
        assertEquals(opened.body(), 201, opened.statusCode());
        JsonNode d = json(opened);
        long id = d.get("id").asLong();
        assertEquals("/api/v1/disputes/" + id, opened.headers().firstValue("Location").orElse(""));
        assertEquals(1, d.get("step").asInt());
        assertEquals("2026-10-30", d.get("stepDue").asText());
        assertEquals(2, d.get("ladder").size());
        assertEquals("ledningsradet", d.at("/current/owner").asText());
        assertEquals("OPENED", d.at("/history/0/kind").asText());
        assertEquals("operator", d.at("/history/0/by").asText());

        // past its time limit: a deadline, owned by Ledningsrådet, and an overdue alert
        List<JsonNode> due = matching(json(get("/api/v1/deadlines?from=2026-10-01&to=2026-11-30", "viewer")),
                "subject", "dispute-" + id);
        assertEquals(due.toString(), 1, due.size());
        assertEquals("DISPUTE_STEP_LIMIT", due.get(0).get("kind").asText());
        assertEquals("ledningsradet", due.get(0).get("owner").asText());
        assertEquals("2026-10-30", due.get(0).get("practicalDate").asText());
        console("alert:run");
        await().atMost(Duration.ofSeconds(60)).until(() -> !matching(json(get("/api/v1/alerts", "viewer")),
                "subject", "dispute-" + id).isEmpty());
        JsonNode alert = matching(json(get("/api/v1/alerts", "viewer")), "subject", "dispute-" + id).get(0);
        assertEquals("DISPUTE_STEP_LIMIT", alert.get("kind").asText());
        assertEquals("Tidsgräns för tvist", alert.at("/kindText/label").asText());

        var escalated = post("/api/v1/disputes/" + id + "/escalations", "operator",
                "{\"on\": \"2026-11-22\", \"note\": \"Ingen enighet i samarbetsorganisationen\"}");
        assertEquals(escalated.body(), 200, escalated.statusCode());
        JsonNode e = json(escalated);
        assertEquals(2, e.get("step").asInt());
        assertEquals("2026-11-22", e.get("stepSince").asText());
        assertTrue(e.get("stepDue").isNull());
        assertEquals("ESCALATED", e.at("/history/1/kind").asText());
        assertEquals("operator", e.at("/history/1/by").asText());
        assertEquals(409, post("/api/v1/disputes/" + id + "/escalations", "operator", "{}").statusCode());
        assertEquals(403, post("/api/v1/disputes/" + id + "/escalations", "viewer", "{}").statusCode());
        assertTrue(matching(json(get("/api/v1/deadlines?from=2026-10-01&to=2026-11-30", "viewer")), "subject",
                "dispute-" + id).isEmpty());

        String list = console("dispute:list --agreement " + COOPERATION);
        assertTrue(list, list.lines().anyMatch(l -> l.contains(String.valueOf(id)) && l.contains("2/2")));

        // a second dispute, on the school agreement, opened today: its limit is in the calendar feed
        var school = post("/api/v1/disputes", "operator", "{\"agreement\": \"overenskommelse-skola\", \"parties\":"
                + " [\"ale\"], \"subject\": \"Grundutrustning i förskolan\"}");
        assertEquals(school.body(), 201, school.statusCode());
        assertEquals("2026-12-22", json(school).get("stepDue").asText());
        biweekly.ICalendar feed = biweekly.Biweekly.parse(get("/api/v1/calendar.ics", "viewer").body()).first();
        assertTrue(feed.getEvents().stream().anyMatch(ev -> ev.getSummary() != null
                && ev.getSummary().getValue().contains("Grundutrustning i förskolan")));
        var page = get("/api/v1/disputes?limit=1", "viewer");
        assertEquals(1, json(page).size());
        assertTrue(page.headers().firstValue("Link").orElse("").contains("rel=\"next\""));

        String resolved = console("dispute:resolve --note Förlikning " + id);
        assertTrue(resolved, resolved.contains("RESOLVED"));
        JsonNode after = json(get("/api/v1/disputes/" + id, "viewer"));
        assertEquals("RESOLVED", after.get("state").asText());
        assertEquals(3, after.get("history").size());
        assertEquals("Förlikning", after.at("/history/2/note").asText());
        assertEquals(404, get("/api/v1/disputes/999999", "viewer").statusCode());
    }

    @Test
    public void b_aCoordinatorLooksUpWhoIsResponsibleForAnAid() throws Exception {
        JsonNode r = json(get("/api/v1/responsibility?agreement=overenskommelse-skola&purpose=PEDAGOGICAL"
                + "&setting=SCHOOL", "viewer"));
        assertEquals("SCHOOL", r.get("principal").asText());
        assertEquals("Skola ansvarar för pedagogiska hjälpmedel.", r.get("reason").asText());
        assertTrue(r.get("publicAndPrivate").asBoolean());
        assertEquals("HEALTH_CARE_PRINCIPAL", json(get("/api/v1/responsibility?agreement=overenskommelse-skola"
                + "&purpose=PERSONAL&setting=DAILY_ACTIVITY", "viewer")).get("principal").asText());
        var bad = get("/api/v1/responsibility?agreement=overenskommelse-skola&purpose=TOYS&setting=SCHOOL", "viewer");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("purpose"));
        var missing = get("/api/v1/responsibility?agreement=overenskommelse-skola&purpose=PERSONAL", "viewer");
        assertEquals(400, missing.statusCode());
        assertEquals("setting", json(missing).at("/errors/0/path").asText());
        String out = console("responsibility:lookup --purpose basic-equipment --setting daily-activity");
        assertTrue(out, out.contains("DAILY_ACTIVITY") && out.contains("grundutrustning"));
    }

    @Test
    public void c_whenLillaEdetsParticipationEndsAHandoverCaseOpensWithItsChecklist() throws Exception {
        var notice = post("/api/v1/agreements/" + COOPERATION + "/terminations", "operator",
                "{\"party\": \"lilla-edet\", \"receivedOn\": \"2026-11-20\", \"written\": true,"
                        + " \"diaryNumber\": \"KS 2026-0412\"}");
        assertEquals(notice.body(), 201, notice.statusCode());

        String path = "/api/v1/handovers?agreement=" + COOPERATION + "&party=lilla-edet";
        await().atMost(Duration.ofSeconds(60)).until(() -> json(get(path, "viewer")).size() == 1);
        JsonNode c = json(get(path, "viewer")).get(0);
        long id = c.get("id").asLong();
        assertEquals("2029-09-30", c.get("endsOn").asText());
        assertEquals("OPEN", c.get("state").asText());
        JsonNode items = c.get("items");
        assertEquals(7, items.size());
        assertEquals("Hjälpmedelsadministration", items.at("/0/title").asText());
        assertEquals("lilla-edet", items.at("/0/owner").asText());
        assertEquals("2029-04-03", items.at("/0/due").asText());
        assertEquals("patientjournaler", items.at("/2/key").asText());
        assertEquals("2029-07-02", items.at("/2/due").asText());
        assertEquals("hjalpmedelscentralen", items.at("/6/owner").asText());
        assertEquals("2029-08-01", items.at("/6/due").asText());
        assertEquals(c, json(get("/api/v1/handovers/" + id, "viewer")));

        List<JsonNode> deadlines = matching(json(get("/api/v1/deadlines?from=2029-07-01&to=2029-07-31", "viewer")),
                "subject", "handover-" + id + "/patientjournaler");
        assertEquals(1, deadlines.size());
        assertEquals("HANDOVER_ITEM", deadlines.get(0).get("kind").asText());
        assertTrue(deadlines.get(0).get("subjectTitle").asText(), deadlines.get(0).get("subjectTitle").asText()
                .startsWith("Lilla Edet lämnar"));

        String listed = console("handover:list --agreement " + COOPERATION);
        assertTrue(listed, listed.contains("patientjournaler") && listed.contains("lilla-edet"));
        String done = console("handover:complete " + id + " 3");
        assertTrue(done, done.contains("6 left"));
        assertEquals("2026-11-22", json(get("/api/v1/handovers/" + id, "viewer")).at("/items/2/doneOn").asText());

        // the report shows the open dispute and the handover
        var report = get("/api/v1/reports/cases", "viewer");
        assertEquals(report.body(), 200, report.statusCode());
        assertTrue(report.body(), report.body().contains("Lilla Edet") && report.body().contains("Grundutrustning"));
    }

    @Test
    public void d_aMunicipalityStartsAChecklistFromATemplateAndTicksItOff() throws Exception {
        JsonNode templates = json(get("/api/v1/checklist-templates", "viewer"));
        assertEquals(9, templates.size());
        JsonNode template = json(get("/api/v1/checklist-templates/nytt-hjalpmedel-i-sortimentet", "viewer"));
        assertEquals(4, template.get("activities").size());
        assertTrue(template.get("builtIn").asBoolean());

        var started = post("/api/v1/checklists", "operator", "{\"template\": \"nytt-hjalpmedel-i-sortimentet\","
                + " \"organisation\": \"boras\", \"title\": \"Ny duschstol\", \"items\": [{\"number\": 3,"
                + " \"owner\": \"Hjälpmedelssamordnaren\", \"due\": \"2026-12-15\"}]}");
        assertEquals(started.body(), 201, started.statusCode());
        JsonNode c = json(started);
        long id = c.get("id").asLong();
        assertEquals(4, c.get("items").size());
        assertEquals("Hjälpmedelssamordnaren", c.at("/items/2/owner").asText());
        assertTrue(c.get("competences").size() > 0);
        List<JsonNode> due = matching(json(get("/api/v1/deadlines?from=2026-12-01&to=2026-12-31", "viewer")),
                "subject", "checklist-" + id + "/3");
        assertEquals(1, due.size());
        assertEquals("CHECKLIST_ITEM", due.get(0).get("kind").asText());
        assertEquals("boras", due.get(0).get("owner").asText());

        assertEquals(200, put("/api/v1/checklists/" + id + "/items/1", "operator",
                "{\"owner\": \"Enhetschefen\", \"due\": \"2026-12-01\"}").statusCode());
        assertEquals(200, post("/api/v1/checklists/" + id + "/items/3/completion", "operator", "{}").statusCode());
        String ticked = console("checklist:tick " + id + " 1");
        assertTrue(ticked, ticked.contains("[x]") && ticked.contains("Enhetschefen"));
        assertTrue(matching(json(get("/api/v1/deadlines?from=2026-12-01&to=2026-12-31", "viewer")), "subject",
                "checklist-" + id + "/3").isEmpty());
        var own = post("/api/v1/checklist-templates", "operator", "{\"id\": \"korttidslan-boras\", \"title\":"
                + " \"Rutin för korttidslån\", \"activities\": [\"Inventera lånen\", \"Skriv rutinen\"]}");
        assertEquals(own.body(), 201, own.statusCode());
        assertFalse(json(own).get("builtIn").asBoolean());
        String listed = console("checklist:list --organisation boras");
        assertTrue(listed, listed.contains("Ny duschstol"));
    }

    @Test
    public void e_thePartiesWithoutALocalPlanAreListed() throws Exception {
        String path = "/api/v1/local-plans?agreement=overenskommelse-skola";
        assertEquals(50, json(get(path + "&limit=1000", "viewer")).size());
        var recorded = put("/api/v1/local-plans/overenskommelse-skola/boras", "operator",
                "{\"adoptedOn\": \"2026-03-01\", \"adoptedBy\": \"Socialnämnden\", \"reference\": \"SN 2026/41\"}");
        assertEquals(recorded.body(), 200, recorded.statusCode());
        JsonNode missing = json(get(path + "&missing=true&limit=1000", "viewer"));
        assertEquals(49, missing.size());
        assertTrue(matching(missing, "party", "boras").isEmpty());
        assertEquals(400, put("/api/v1/local-plans/overenskommelse-skola/goteborgs-hamn", "operator",
                "{\"adoptedOn\": \"2026-03-01\", \"adoptedBy\": \"KS\"}").statusCode());
        String out = console("local-plan:list --missing overenskommelse-skola");
        assertTrue(out, out.contains("49 without a plan"));
    }

    @Test
    public void f_aDevelopmentIssueIsOwnedByABodyAndItsReviewIsADeadline() throws Exception {
        var raised = post("/api/v1/development-issues", "operator", "{\"title\": \"Gemensam modell för förkomna"
                + " hjälpmedel\", \"description\": \"Från utvärderingen\", \"owner\": \"bg-avtal-och-overenskommelse\","
                + " \"raisedOn\": \"2026-09-01\", \"nextReview\": \"2027-02-15\"}");
        assertEquals(raised.body(), 201, raised.statusCode());
        long id = json(raised).get("id").asLong();
        assertEquals("OPEN", json(raised).get("state").asText());
        var wrong = post("/api/v1/development-issues", "operator", "{\"title\": \"x\", \"owner\": \"lilla-edet\"}");
        assertEquals(400, wrong.statusCode());
        assertEquals("owner", json(wrong).at("/errors/0/path").asText());
        List<JsonNode> review = matching(json(get("/api/v1/deadlines?from=2027-02-01&to=2027-02-28", "viewer")),
                "subject", "development-issue-" + id);
        assertEquals(1, review.size());
        assertEquals("bg-avtal-och-overenskommelse", review.get(0).get("owner").asText());
        assertEquals(1, json(get("/api/v1/development-issues?owner=bg-avtal-och-overenskommelse", "viewer")).size());
        String out = console("development-issue:list --owner bg-avtal-och-overenskommelse");
        assertTrue(out, out.contains("Gemensam modell"));
    }

    @Test
    public void g_aJointPlanRecordsConsentAndItsFollowUpIsADeadline() throws Exception {
        var recorded = post("/api/v1/joint-plans", "operator", "{\"organisation\": \"ale\", \"mappedBy\":"
                + " \"Skolans elevhälsa\", \"howMet\": \"Sjukvårdshuvudmannen förskriver en anpassad stol\","
                + " \"followUp\": \"Med vårdnadshavare och skola\", \"followUpOn\": \"2027-01-20\","
                + " \"consent\": true, \"consentOn\": \"2026-11-20\"}");
        assertEquals(recorded.body(), 201, recorded.statusCode());
        long id = json(recorded).get("id").asLong();
        assertEquals("overenskommelse-skola", json(recorded).get("agreement").asText());
        List<JsonNode> due = matching(json(get("/api/v1/deadlines?from=2027-01-01&to=2027-01-31", "viewer")),
                "subject", "joint-plan-" + id);
        assertEquals(1, due.size());
        assertEquals("JOINT_PLAN_FOLLOW_UP", due.get(0).get("kind").asText());
        var noConsent = post("/api/v1/joint-plans", "operator", "{\"organisation\": \"ale\", \"mappedBy\": \"x\","
                + " \"howMet\": \"y\", \"followUp\": \"z\"}");
        assertEquals(400, noConsent.statusCode());
        assertTrue(noConsent.body(), noConsent.body().contains("consent"));
        var followed = post("/api/v1/joint-plans/" + id + "/follow-up", "operator", "{\"next\": \"2027-06-01\"}");
        assertEquals(followed.body(), 200, followed.statusCode());
        assertEquals("2026-11-22", json(followed).get("followedUpOn").asText());
    }

    @Test
    public void z_theFeatureUninstallsAndTheRestGoesOn() throws Exception {
        String out = asAdmin("feature:uninstall avtalsvakt-cases");
        assertFalse(out, out.contains("Error"));
        await().atMost(Duration.ofSeconds(60)).until(() -> java.util.Arrays.stream(bundleContext.getBundles())
                .noneMatch(b -> b.getSymbolicName().equals("se.avtalsvakt.cases")));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> get("/api/v1/disputes", "viewer").statusCode() == 404);
        assertEquals(200, get("/api/v1/agreements/" + COOPERATION, "viewer").statusCode());
        var deadlines = get("/api/v1/deadlines?from=2026-10-01&to=2029-12-31", "viewer");
        assertEquals(200, deadlines.statusCode());
        assertTrue(matching(json(deadlines), "source", "cases").isEmpty());
        assertEquals(200, get("/api/v1/reports", "viewer").statusCode());
        assertFalse(get("/api/v1/reports", "viewer").body().contains("\"cases\""));
        awaitHealth(200);
    }
}

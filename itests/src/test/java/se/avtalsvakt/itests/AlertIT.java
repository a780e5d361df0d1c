package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Alerts from the seed agreement's deadlines as the platform clock moves: each ladder step once, over REST and the
 * console; acknowledged by an operator; and the steps missed while alerting was down raised on the way up, once.
 * The test methods share one container and run in order of the clock.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@org.junit.FixMethodOrder(org.junit.runners.MethodSorters.NAME_ASCENDING)
public class AlertIT extends AvtalsvaktTestSupport {

    static final String AGREEMENT = "samarbetsavtal-hjalpmedel";

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    /** @return the alerts of the seed agreement with this kind and step, in any state */
    private List<JsonNode> alerts(String kind, String threshold) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode a : json(get("/api/v1/alerts", "viewer"))) {
            if (a.get("subject").asText().equals(AGREEMENT) && a.get("kind").asText().equals(kind)
                    && (threshold == null || a.get("threshold").asText().equals(threshold))) {
                found.add(a);
            }
        }
        return found;
    }

    @Test
    public void a_crossingTheFirstStepOfTheNoticeLadderRaisesOneAlertDeliveredToTheLog() throws Exception {
        assertEquals("no step has fallen due on " + TODAY, 0, alerts("NOTICE_DEADLINE", null).size());
        Configuration clock = configurationAdmin.getConfiguration("se.avtalsvakt.clock", null);
        // the notice deadline of term 4 is 2028-09-30, a Saturday: practically 2028-09-29; 540 days before: 2027-04-08
        setDate(clock, "2027-04-07");
        await().atMost(Duration.ofSeconds(30)).until(() -> console("alert:run").contains("Scan for 2027-04-07"));
        assertEquals(0, alerts("NOTICE_DEADLINE", null).size());

        setDate(clock, "2027-04-08");
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts("NOTICE_DEADLINE", "540").size() == 1);
        JsonNode alert = alerts("NOTICE_DEADLINE", "540").get(0);
        assertEquals("OPEN", alert.get("state").asText());
        assertEquals("2028-09-30", alert.get("dueDate").asText());
        assertEquals("2028-09-29", alert.get("practicalDate").asText());
        assertEquals("2027-04-08", alert.get("raisedFor").asText());
        assertEquals("politisk-beredningsgrupp", alert.get("addressee").asText());
        assertEquals("INFO", alert.get("severity").asText());
        long id = alert.get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> json(get("/api/v1/alerts/" + id, "viewer"))
                .at("/deliveries/0/state").asText().equals("DELIVERED"));
        assertEquals("log", json(get("/api/v1/alerts/" + id, "viewer")).at("/deliveries/0/channel").asText());

        // scanning again, by hand, the same day: nothing new
        assertTrue(console("alert:run").contains("0 alert(s) raised"));
        assertEquals(1, alerts("NOTICE_DEADLINE", "540").size());
        String listed = console("alert:list --state open");
        assertEquals(listed, 1, listed.lines().filter(l -> l.contains(AGREEMENT) && l.contains("540")).count());
        assertTrue(console("alert:list --state sleeping").startsWith("Error"));
        assertTrue(console("alert:show " + id).contains("2028-09-29"));
    }

    @Test
    public void b_anOperatorAcknowledgesAViewerMayNot() throws Exception {
        long id = alerts("NOTICE_DEADLINE", "540").get(0).get("id").asLong();
        assertEquals(403, post("/api/v1/alerts/" + id + "/ack", "viewer", "").statusCode());
        var ack = post("/api/v1/alerts/" + id + "/ack", "operator", "");
        assertEquals(200, ack.statusCode());
        assertEquals("ACKNOWLEDGED", json(ack).get("state").asText());
        assertEquals("operator", json(ack).get("acknowledgedBy").asText());
        assertEquals(0, json(get("/api/v1/alerts?state=OPEN", "viewer")).findValues("id").stream()
                .filter(v -> v.asLong() == id).count());
        assertEquals(404, post("/api/v1/alerts/999999/ack", "operator", "").statusCode());
        var bad = get("/api/v1/alerts?state=SLEEPING", "viewer");
        assertEquals(400, bad.statusCode());
        assertEquals("state", json(bad).at("/errors/0/path").asText());
    }

    @Test
    public void c_stepsAndTheRenewalMissedWhileAlertingWasDownAreRaisedOnceOnTheWayUp() throws Exception {
        Configuration clock = configurationAdmin.getConfiguration("se.avtalsvakt.clock", null);
        // "the platform is down": the register with its renewal job, and alerting
        bundle("se.avtalsvakt.alerting").stop();
        bundle("se.avtalsvakt.agreement").stop();
        // past the 365 … 0 steps, the deadline itself and the end of term 4 (2029-09-30): term 5 began 2029-10-01
        setDate(clock, "2029-10-02");
        bundle("se.avtalsvakt.agreement").start();
        bundle("se.avtalsvakt.alerting").start();
        awaitPlatform();
        await().atMost(Duration.ofSeconds(60)).until(() -> alerts("AGREEMENT_RENEWED", "0").size() == 1
                && alerts("NOTICE_DEADLINE", "passed").size() == 1);

        for (String step : new String[] {"365", "180", "90", "30", "7", "0", "passed"}) {
            assertEquals("step " + step, 1, alerts("NOTICE_DEADLINE", step).size());
        }
        JsonNode passed = alerts("NOTICE_DEADLINE", "passed").get(0);
        assertEquals("2028-09-30", passed.get("raisedFor").asText());
        assertEquals("OPEN", passed.get("state").asText());
        assertEquals("CRITICAL", passed.get("severity").asText());
        assertEquals("RESOLVED", alerts("NOTICE_DEADLINE", "7").get(0).get("state").asText());
        // 365 days before 2028-09-29, across 29 February 2028
        assertEquals("2027-09-30", alerts("NOTICE_DEADLINE", "365").get(0).get("raisedFor").asText());
        assertEquals(1, alerts("TERM_END", "0").size());
        JsonNode renewed = alerts("AGREEMENT_RENEWED", "0").get(0);
        assertEquals("2029-10-01", renewed.get("raisedFor").asText());
        assertEquals("OPEN", renewed.get("state").asText());

        // once: restarting alerting and scanning again changes nothing
        int total = json(get("/api/v1/alerts", "viewer")).size();
        bundle("se.avtalsvakt.alerting").stop();
        bundle("se.avtalsvakt.alerting").start();
        awaitPlatform();
        await().atMost(Duration.ofSeconds(30)).until(() -> console("alert:run").contains("0 alert(s) raised"));
        assertEquals(total, json(get("/api/v1/alerts", "viewer")).size());
        assertEquals(1, alerts("AGREEMENT_RENEWED", "0").size());
    }
}

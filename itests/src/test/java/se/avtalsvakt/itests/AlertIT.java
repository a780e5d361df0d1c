package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;

/**
 * Alerts from the seed agreement's deadlines as the platform clock moves: each ladder step once, over REST and the
 * console; acknowledged by an operator; and the steps missed while alerting was down raised on the way up, once.
 * A plug-in source's overdue deadline and late-recorded event are raised once, whatever their date. The test methods
 * share one container and run in order of the clock.
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
        for (JsonNode a : json(get("/api/v1/alerts?source=agreement&limit=1000", "viewer"))) {
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
        // the last day, Saturday 2028-09-30, is still on time: passed on the Sunday after it
        assertEquals("2028-10-01", passed.get("raisedFor").asText());
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
        int total = json(get("/api/v1/alerts?limit=1000", "viewer")).size();
        bundle("se.avtalsvakt.alerting").stop();
        bundle("se.avtalsvakt.alerting").start();
        awaitPlatform();
        await().atMost(Duration.ofSeconds(30)).until(() -> console("alert:run").contains("0 alert(s) raised"));
        assertEquals(total, json(get("/api/v1/alerts?limit=1000", "viewer")).size());
        assertEquals(1, alerts("AGREEMENT_RENEWED", "0").size());
    }

    /** @return the alerts of a source about a subject, in any state */
    private List<JsonNode> alertsOf(String source, String subject) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode a : json(get("/api/v1/alerts?limit=1000&source=" + source, "viewer"))) {
            if (a.get("source").asText().equals(source) && a.get("subject").asText().equals(subject)) {
                found.add(a);
            }
        }
        return found;
    }

    @Test
    public void d_anOverdueDeadlineAndALateRecordedEventOfAPlugInSourceAreRaisedOnceAndTheOverdueOneResolvedWhenMet()
            throws Exception {
        String subject = uniqueId("utvardering");
        String notice = subject + "/uppsagning";
        Matcher scan = Pattern.compile("Scan for (\\d{4}-\\d{2}-\\d{2})").matcher(console("alert:run"));
        assertTrue(scan.find());
        LocalDate today = LocalDate.parse(scan.group(1));
        AtomicBoolean met = new AtomicBoolean();
        AtomicBoolean recorded = new AtomicBoolean();
        DeadlineSource plugIn = new DeadlineSource() {
            @Override
            public String id() {
                return "itest-plugin";
            }

            @Override
            public List<Deadline> deadlines(LocalDate from, LocalDate to) {
                return List.of();
            }

            @Override
            public List<Deadline> overdue(LocalDate day) {
                return met.get() ? List.of() : List.of(new Deadline("itest-plugin", subject, "Utvärdering av "
                        + "överenskommelsen", "OBLIGATION_DUE", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 31),
                        "ledningsradet", "Utvärderingen två år efter start"));
            }

            @Override
            public List<Deadline> eventsRecorded(LocalDate from, LocalDate to) {
                LocalDate received = today.minusDays(7); // received a week ago, recorded today
                return recorded.get() && !today.isBefore(from) && !today.isAfter(to)
                        ? List.of(new Deadline("itest-plugin", notice, "Överenskommelsen", "NOTICE_RECEIVED", received,
                                received, "ledningsradet", "Uppsägning mottagen"))
                        : List.of();
            }
        };
        ServiceRegistration<DeadlineSource> registration = bundleContext.registerService(DeadlineSource.class, plugIn,
                null);
        try {
            // a source that arrives is scanned at once: the evaluation of 2024 is raised as overdue, however old
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> alertsOf("itest-plugin", subject).size() == 1);
            JsonNode overdue = alertsOf("itest-plugin", subject).get(0);
            assertEquals("overdue", overdue.get("threshold").asText());
            assertEquals("OPEN", overdue.get("state").asText());
            assertEquals("2024-06-01", overdue.get("dueDate").asText());
            assertEquals(today.toString(), overdue.get("raisedFor").asText());
            assertEquals("CRITICAL", overdue.get("severity").asText());
            long id = overdue.get("id").asLong();
            // on the start page's list of open alerts
            assertEquals(1, json(get("/api/v1/alerts?state=OPEN", "viewer")).findValues("id").stream()
                    .filter(v -> v.asLong() == id).count());
            assertTrue(console("alert:run").contains("0 alert(s) raised"));
            assertEquals(1, alertsOf("itest-plugin", subject).size());

            // a notice recorded today, received a week ago: raised by the next scan with its own date, and listed
            recorded.set(true);
            String run = console("alert:run");
            assertTrue(run, run.contains("1 alert(s) raised") && run.contains(notice));
            JsonNode late = alertsOf("itest-plugin", notice).get(0);
            assertEquals(today.minusDays(7).toString(), late.get("raisedFor").asText());
            assertEquals("0", late.get("threshold").asText());
            assertTrue(console("alert:run").contains("0 alert(s) raised"));
            assertEquals(1, alertsOf("itest-plugin", notice).size());

            // the evaluation is recorded: the source no longer reports it as overdue
            met.set(true);
            assertTrue(console("alert:run").contains("1 resolved"));
            assertEquals("RESOLVED", alertsOf("itest-plugin", subject).get(0).get("state").asText());
            assertEquals(1, alertsOf("itest-plugin", subject).size());
        } finally {
            registration.unregister();
        }
    }

    /** @return the status of one health check in GET /system/health */
    private String check(String name) throws Exception {
        for (JsonNode c : json(get(HEALTH, null)).get("checks")) {
            if (c.get("name").asText().equals(name)) {
                return c.get("status").asText();
            }
        }
        return "missing";
    }

    @Test
    public void e_aScanThatWouldRaiseMoreThanTheGuardIsHeldUntilAnOperatorConfirmsIt() throws Exception {
        Configuration alerting = configurationAdmin.getConfiguration("se.avtalsvakt.alerting", null);
        java.util.Dictionary<String, Object> before = alerting.getProperties();
        java.util.Dictionary<String, Object> low = new java.util.Hashtable<>();
        for (String key : java.util.Collections.list(before.keys())) {
            low.put(key, before.get(key));
        }
        low.put("guardThreshold", "2");
        alerting.update(low);
        String subject = uniqueId("uppfoljning");
        DeadlineSource burst = new DeadlineSource() {
            @Override
            public String id() {
                return "itest-guard";
            }

            @Override
            public List<Deadline> deadlines(LocalDate from, LocalDate to) {
                return List.of();
            }

            @Override
            public List<Deadline> overdue(LocalDate day) {
                List<Deadline> all = new ArrayList<>();
                for (int i = 1; i <= 3; i++) {
                    all.add(new Deadline("itest-guard", subject + "-" + i, "Uppföljning " + i, "OBLIGATION_DUE",
                            LocalDate.of(2025, i, 1), LocalDate.of(2025, i, 1), "ledningsradet", "Uppföljningen"));
                }
                return all;
            }
        };
        ServiceRegistration<DeadlineSource> registration = null;
        try {
            // alerting restarts with the new guard; a scan of the new source would raise 3: held
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    bundleContext.getServiceReferences(se.avtalsvakt.api.alert.AlertService.class,
                            "(guardThreshold=2)").size() == 1
                    && post("/api/v1/alerts/scan", "operator", "").statusCode() == 200);
            registration = bundleContext.registerService(DeadlineSource.class, burst, null);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> json(post("/api/v1/alerts/scan", "operator", "")).get("held").asBoolean());
            JsonNode held = json(post("/api/v1/alerts/scan", "operator", ""));
            assertEquals(0, held.get("raised").asInt());
            assertEquals(3, held.get("heldCount").asInt());
            assertEquals(3, held.at("/heldByKind/OBLIGATION_DUE").asInt());
            assertEquals(0, alertsOf("itest-guard", subject + "-1").size());
            assertEquals("the platform stays ready, with a warning", 200, get(HEALTH, null).statusCode());
            // health results are cached for a moment
            await().atMost(Duration.ofSeconds(30)).until(() -> check("Alert scans").equals("WARN"));
            assertTrue(console("alert:scan").contains("held"));
            assertEquals(403, post("/api/v1/alerts/scan?confirm=true", "viewer", "").statusCode());

            // the operator's go-ahead
            JsonNode confirmed = json(post("/api/v1/alerts/scan?confirm=true", "operator", ""));
            assertEquals(false, confirmed.get("held").asBoolean());
            assertEquals(3, confirmed.get("raised").asInt());
            assertEquals(1, alertsOf("itest-guard", subject + "-1").size());
            await().atMost(Duration.ofSeconds(30)).until(() -> check("Alert scans").equals("OK"));
            assertTrue(console("alert:scan").contains("0 alert(s) raised"));
            String listed = console("alert:list --source itest-guard --limit 2");
            assertTrue(listed, listed.contains("(1 more: use --limit or a filter)"));
        } finally {
            if (registration != null) {
                registration.unregister();
            }
            alerting.update(before);
        }
    }

    @Test
    public void f_alertsAndDeadlinesComeInPagesWithANextLink() throws Exception {
        // alerting restarted with its own configuration again (test e): its resources come back
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> get("/api/v1/alerts?limit=2", "viewer").statusCode() == 200);
        var first = get("/api/v1/alerts?limit=2", "viewer");
        assertEquals(2, json(first).size());
        String link = first.headers().firstValue("Link").orElseThrow();
        Matcher next = Pattern.compile("<[^>]*(/api/v1/alerts\\?[^>]*)>; rel=\"next\"").matcher(link);
        assertTrue(link, next.find());
        JsonNode second = json(get(next.group(1), "viewer"));
        assertTrue(second.get(0).get("id").asLong() < json(first).get(1).get("id").asLong());
        assertEquals(400, get("/api/v1/alerts?limit=1001", "viewer").statusCode());

        var deadlines = get("/api/v1/deadlines?from=2029-01-01&to=2031-12-31&source=agreement&limit=1", "viewer");
        assertEquals(1, json(deadlines).size());
        assertTrue(deadlines.headers().firstValue("Link").isPresent());
        var tooLong = get("/api/v1/deadlines?from=2020-01-01&to=2031-01-01", "viewer");
        assertEquals(400, tooLong.statusCode());
        assertEquals("to", json(tooLong).at("/errors/0/path").asText());
    }
}

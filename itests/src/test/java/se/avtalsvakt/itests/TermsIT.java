package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

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

/** Terms, notice deadlines and termination notices, over REST and the console, with the platform clock. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TermsIT extends AvtalsvaktTestSupport {

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    @Test
    public void theSeedAgreementIsInItsFourthTermWithAPracticalDeadline() throws Exception {
        JsonNode terms = json(get("/api/v1/agreements/samarbetsavtal-hjalpmedel/terms?asOf=2026-11-22", "viewer"));
        assertEquals(4, terms.get("termNumber").asInt());
        assertEquals("2026-10-01", terms.get("termStart").asText());
        assertEquals("2029-09-30", terms.get("termEnd").asText());
        assertEquals("2028-09-30", terms.get("noticeDeadline").asText());
        // 30 September 2028 is a Saturday
        assertEquals("2028-09-29", terms.get("practicalNoticeDeadline").asText());
        assertEquals("ACTIVE", terms.get("status").asText());
        assertTrue(terms.get("endsOn").isNull());

        String console = console("agreement:terms --as-of 2021-01-01 samarbetsavtal-hjalpmedel");
        assertTrue(console, console.contains("2 (2020-10-01 - 2023-09-30)"));
        assertTrue(console, console.contains("2022-09-30"));
        assertEquals(400, get("/api/v1/agreements/samarbetsavtal-hjalpmedel/terms?asOf=igår", "viewer")
                .statusCode());
    }

    @Test
    public void asOfDefaultsToThePlatformClockWhichOperationsCanMove() throws Exception {
        assertEquals(4, json(get("/api/v1/agreements/samarbetsavtal-hjalpmedel/terms", "viewer"))
                .get("termNumber").asInt());
        Configuration clock = configurationAdmin.getConfiguration("se.avtalsvakt.clock", null);
        Dictionary<String, Object> moved = new Hashtable<>();
        moved.put("fixedDate", "2030-01-15");
        clock.update(moved);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> json(
                    get("/api/v1/agreements/samarbetsavtal-hjalpmedel/terms", "viewer")).get("termNumber").asInt() == 5);
        } finally {
            Dictionary<String, Object> back = new Hashtable<>();
            back.put("fixedDate", TODAY);
            clock.update(back);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> json(
                get("/api/v1/agreements/samarbetsavtal-hjalpmedel/terms", "viewer")).get("termNumber").asInt() == 4);
    }

    @Test
    public void aWrittenNoticeOnTimeEndsTheTermAndALateOneTheNext() throws Exception {
        String id = uniqueId("uppsagt");
        assertEquals(201, post("/api/v1/agreements", "operator", agreementJson(id, "Uppsägs")).statusCode());
        // first term ends 2026-12-31, notice P3M: deadline 2026-09-30; received after it
        var late = post("/api/v1/agreements/" + id + "/terminations", "operator",
                "{\"party\": \"goteborg\", \"receivedOn\": \"2026-10-05\", \"written\": true, \"diaryNumber\": \"D-9\"}");
        assertEquals(late.body(), 201, late.statusCode());
        assertTrue(json(late).get("effective").asBoolean());
        assertEquals("2027-12-31", json(late).get("endsOn").asText());
        JsonNode terms = json(get("/api/v1/agreements/" + id + "/terms?asOf=2026-11-22", "viewer"));
        assertEquals("NOTICE_GIVEN", terms.get("status").asText());
        assertEquals("2027-12-31", terms.get("endsOn").asText());
        assertEquals("ENDED", json(get("/api/v1/agreements/" + id + "/terms?asOf=2028-01-01", "viewer"))
                .get("status").asText());

        // the same notice again (a copy by mail and by post) is kept once
        assertEquals(201, post("/api/v1/agreements/" + id + "/terminations", "operator",
                "{\"party\": \"goteborg\", \"receivedOn\": \"2026-10-05\", \"written\": true, \"diaryNumber\": \"D-9\"}")
                .statusCode());
        assertEquals(1, json(get("/api/v1/agreements/" + id + "/terminations", "viewer")).size());
    }

    @Test
    public void aNoticeNotInWritingIsRecordedFlaggedAndChangesNothing() throws Exception {
        String id = uniqueId("muntligt");
        assertEquals(201, post("/api/v1/agreements", "operator", agreementJson(id, "Muntligt")).statusCode());
        String out = console("agreement:terminate --party goteborg --received 2026-06-01 --not-written " + id);
        assertTrue(out, out.contains("No effect (flagged)"));
        JsonNode notices = json(get("/api/v1/agreements/" + id + "/terminations", "viewer"));
        assertEquals(1, notices.size());
        assertFalse(notices.get(0).get("effective").asBoolean());
        assertEquals("ACTIVE", json(get("/api/v1/agreements/" + id + "/terms?asOf=2026-11-22", "viewer"))
                .get("status").asText());

        var noParty = post("/api/v1/agreements/" + id + "/terminations", "operator",
                "{\"party\": \"vgr\", \"receivedOn\": \"2026-06-01\", \"written\": true}");
        assertEquals(400, noParty.statusCode());
        assertEquals("party", json(noParty).at("/errors/0/path").asText());
    }

    @Test
    public void movingTheClockAcrossATermEndRecordsTheRenewalOnce() throws Exception {
        // at boot (2026-11-22) the renewal job caught up on the three extensions since 2017
        JsonNode history = json(get("/api/v1/agreements/samarbetsavtal-hjalpmedel/renewals", "viewer"));
        assertEquals("2020-10-01", history.get(0).get("effectiveOn").asText());
        assertEquals("2023-10-01", history.get(1).get("effectiveOn").asText());
        assertEquals("2026-10-01", history.get(2).get("effectiveOn").asText());
        assertEquals(4, history.get(2).get("termNumber").asInt());

        Configuration clock = configurationAdmin.getConfiguration("se.avtalsvakt.clock", null);
        try {
            setDate(clock, "2029-10-02");
            await().atMost(Duration.ofSeconds(30)).until(() -> termFiveRecorded() == 1);
            setDate(clock, "2029-10-03");
            await().atMost(Duration.ofSeconds(30)).until(() -> json(
                    get("/api/v1/agreements/samarbetsavtal-hjalpmedel/terms", "viewer")).get("asOf").asText()
                    .equals("2029-10-03"));
            String renewals = console("agreement:renewals samarbetsavtal-hjalpmedel");
            assertEquals(renewals, 1, renewals.lines().filter(l -> l.contains("2029-10-01")).count());
            assertEquals(1, termFiveRecorded());
        } finally {
            setDate(clock, TODAY);
        }
    }

    @Test
    public void deadlinesOfEverySourceAreListedByPracticalDate() throws Exception {
        JsonNode deadlines = json(get("/api/v1/deadlines?from=2026-11-22&to=2029-12-31&limit=1000", "viewer"));
        JsonNode notice = null;
        for (JsonNode d : deadlines) {
            if (d.get("subject").asText().equals("samarbetsavtal-hjalpmedel")
                    && d.get("kind").asText().equals("NOTICE_DEADLINE")) {
                notice = d;
            }
        }
        assertTrue(deadlines.toString(), notice != null);
        assertEquals("2028-09-30", notice.get("date").asText());
        assertEquals("2028-09-29", notice.get("practicalDate").asText());
        assertEquals("politisk-beredningsgrupp", notice.get("owner").asText());
        for (int i = 1; i < deadlines.size(); i++) {
            assertTrue(deadlines.get(i - 1).get("practicalDate").asText()
                    .compareTo(deadlines.get(i).get("practicalDate").asText()) <= 0);
        }
        assertEquals(400, get("/api/v1/deadlines?from=2027-01-01&to=2026-01-01", "viewer").statusCode());

        String listed = console("deadline:list --within 1100 --limit 1000");
        assertTrue(listed, listed.contains("2028-09-29") && listed.contains("NOTICE_DEADLINE"));
        assertFalse(console("deadline:list --within 30").contains("2028-09-29"));
    }

    private long termFiveRecorded() throws Exception {
        JsonNode history = json(get("/api/v1/agreements/samarbetsavtal-hjalpmedel/renewals", "viewer"));
        long count = 0;
        for (JsonNode c : history) {
            if (c.get("termNumber").asInt() == 5 && c.get("kind").asText().equals("EXTENDED")) {
                count++;
            }
        }
        return count;
    }

    @Test
    public void aPartyMayCallForRenegotiationOfTheSchoolAgreementAtAnyTime() throws Exception {
        var made = post("/api/v1/agreements/overenskommelse-skola/renegotiations", "operator",
                "{\"party\": \"goteborg\", \"requestedOn\": \"2026-11-20\", \"diaryNumber\": \"GBG 2026/77\","
                        + " \"reason\": \"Elevhälsans organisation har ändrats\"}");
        assertEquals(made.body(), 201, made.statusCode());
        assertEquals("goteborg", json(made).get("party").asText());
        JsonNode listed = json(get("/api/v1/agreements/overenskommelse-skola/renegotiations", "viewer"));
        assertTrue(listed.toString(), listed.findValuesAsText("diaryNumber").contains("GBG 2026/77"));

        // the samarbetsavtal changes only at its extensions
        var refused = post("/api/v1/agreements/samarbetsavtal-hjalpmedel/renegotiations", "operator",
                "{\"party\": \"goteborg\", \"requestedOn\": \"2026-11-20\"}");
        assertEquals(409, refused.statusCode());
        var bad = post("/api/v1/agreements/overenskommelse-skola/renegotiations", "operator",
                "{\"party\": \"sro\", \"requestedOn\": \"2026-13-01\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("requestedOn", json(bad).at("/errors/0/path").asText());

        String console = console("agreement:renegotiate --party vgr --requested 2026-11-21 overenskommelse-skola");
        assertTrue(console, console.contains("requested by vgr on 2026-11-21 recorded"));
        assertTrue(console("agreement:renegotiate --party vgr overenskommelse-skola").startsWith("Error"));
    }
}

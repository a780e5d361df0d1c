package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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
 * Each party's own participation (seed 004 §1, §15), the last day for a notice, the change log as a register, and
 * notices an update cannot drop: over REST and the console, in the assembled distribution, on 2026-11-22.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PartiesIT extends AvtalsvaktTestSupport {

    private static final String SEED = "/api/v1/agreements/samarbetsavtal-hjalpmedel";

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    /** An auto-extending agreement between VGR, Borås and Lilla Edet where only VGR's notice ends it for all. */
    private static String threeParties(String id, String extra) {
        return "{\"id\": \"" + id + "\", \"title\": \"Treparts " + id + "\", \"kind\": \"COOPERATION_AGREEMENT\","
                + " \"parties\": [{\"organisation\": \"vgr\", \"role\": \"CARE_PROVIDER\"},"
                + " {\"organisation\": \"boras\", \"role\": \"CARE_PROVIDER\"},"
                + " {\"organisation\": \"lilla-edet\", \"role\": \"CARE_PROVIDER\"}],"
                + " \"ownerBody\": \"politisk-beredningsgrupp\", \"start\": \"2024-11-29\", \"firstTermEnd\": \"2027-11-28\","
                + " \"renewal\": {\"type\": \"AUTO_EXTEND\", \"period\": \"P3Y\", \"noticePeriod\": \"P12M\","
                + " \"writtenNoticeRequired\": true}, \"renegotiationAnyTime\": false" + extra + "}";
    }

    private static String notice(String party, String receivedOn) {
        return "{\"party\": \"" + party + "\", \"receivedOn\": \"" + receivedOn + "\", \"written\": true,"
                + " \"diaryNumber\": \"KS " + receivedOn + "-" + party + "\"}";
    }

    private static JsonNode party(JsonNode parties, String organisation) {
        for (JsonNode p : parties) {
            if (p.get("organisation").asText().equals(organisation)) {
                return p;
            }
        }
        throw new AssertionError(organisation + " not among " + parties);
    }

    @Test
    public void lillaEdetsNoticeEndsItsOwnParticipationAndTheAgreementGoesOnForTheOthers() throws Exception {
        var recorded = post(SEED + "/terminations", "operator", notice("lilla-edet", "2026-11-20"));
        assertEquals(recorded.body(), 201, recorded.statusCode());
        // term 4 runs 2026-10-01 – 2029-09-30, its notice deadline is 2028-09-30: on time for the end of term 4
        assertEquals("2029-09-30", json(recorded).get("endsOn").asText());

        JsonNode parties = json(get(SEED + "/parties?asOf=2026-11-22", "viewer"));
        assertEquals(51, parties.size());
        JsonNode lillaEdet = party(parties, "lilla-edet");
        assertEquals("NOTICE_GIVEN", lillaEdet.get("status").asText());
        assertEquals("2029-09-30", lillaEdet.get("participatingUntil").asText());
        assertEquals("lilla-edet", lillaEdet.at("/notice/party").asText());
        assertEquals("CARE_PROVIDER", lillaEdet.get("role").asText());
        JsonNode boras = party(parties, "boras");
        assertEquals("ACTIVE", boras.get("status").asText());
        assertTrue(boras.get("participatingUntil").isNull());
        assertTrue(boras.get("notice").isNull());

        JsonNode whole = json(get(SEED + "/terms?asOf=2026-11-22", "viewer"));
        assertEquals("ACTIVE", whole.get("status").asText());
        assertTrue(whole.get("endsOn").isNull());
        JsonNode own = json(get(SEED + "/terms?asOf=2026-11-22&party=lilla-edet", "viewer"));
        assertEquals("NOTICE_GIVEN", own.get("status").asText());
        assertEquals("2029-09-30", own.get("endsOn").asText());
        var stranger = get(SEED + "/terms?asOf=2026-11-22&party=goteborgs-hamn", "viewer");
        assertEquals(400, stranger.statusCode());
        assertEquals("party", json(stranger).at("/errors/0/path").asText());

        JsonNode agreement = json(get(SEED, "viewer"));
        assertEquals("ACTIVE", agreement.get("status").asText());
        assertEquals(1, agreement.get("leaving").size());
        assertEquals("lilla-edet", agreement.at("/leaving/0/organisation").asText());
        assertEquals("2029-09-30", agreement.at("/leaving/0/lastDay").asText());
        assertEquals("vgr", agreement.at("/noticeEndsAgreementFor/0").asText());

        String console = console("agreement:parties --as-of 2026-11-22 samarbetsavtal-hjalpmedel");
        assertTrue(console, console.lines().anyMatch(l -> l.contains("lilla-edet") && l.contains("NOTICE_GIVEN")
                && l.contains("2029-09-30")));
        assertTrue(console, console.contains("51 parties as of 2026-11-22, 50 without an end date"));
        String ownTerms = console("agreement:terms --as-of 2026-11-22 --party lilla-edet samarbetsavtal-hjalpmedel");
        assertTrue(ownTerms, ownTerms.contains("for lilla-edet") && ownTerms.contains("NOTICE_GIVEN")
                && ownTerms.contains("2029-09-30"));

        // the owner body and Lilla Edet itself are told, by name; the agreement's own deadlines go on
        JsonNode deadlines = json(get("/api/v1/deadlines?from=2029-09-01&to=2031-12-31&limit=1000", "viewer"));
        boolean toOwner = false;
        boolean toParty = false;
        boolean nextNoticeDeadline = false;
        for (JsonNode d : deadlines) {
            String subject = d.get("subject").asText();
            if (subject.equals("samarbetsavtal-hjalpmedel/lilla-edet") && d.get("kind").asText().equals("PARTY_LEAVES")) {
                toOwner = d.get("owner").asText().equals("politisk-beredningsgrupp")
                        && d.get("date").asText().equals("2029-09-30")
                        && d.get("description").asText().startsWith("Lilla Edet lämnar avtalet");
            }
            if (subject.equals("samarbetsavtal-hjalpmedel/lilla-edet")
                    && d.get("kind").asText().equals("PARTY_LEAVES_OWN")) {
                toParty = d.get("owner").asText().equals("lilla-edet");
            }
            if (subject.equals("samarbetsavtal-hjalpmedel") && d.get("kind").asText().equals("NOTICE_DEADLINE")) {
                nextNoticeDeadline = d.get("practicalDate").asText().equals("2031-09-30");
            }
        }
        assertTrue(deadlines.toString(), toOwner && toParty && nextNoticeDeadline);

        // once it has left, the renewal history records it, once
        Configuration clock = configurationAdmin.getConfiguration("se.avtalsvakt.clock", null);
        try {
            setDate(clock, "2029-10-02");
            await().atMost(Duration.ofSeconds(30)).until(() -> leftRecorded() == 1);
            setDate(clock, "2029-10-03");
            await().atMost(Duration.ofSeconds(30)).until(() -> json(get(SEED + "/terms", "viewer")).get("asOf")
                    .asText().equals("2029-10-03"));
            String renewals = console("agreement:renewals samarbetsavtal-hjalpmedel");
            assertEquals(renewals, 1, renewals.lines().filter(l -> l.contains("lilla-edet leaves at 2029-09-30"))
                    .count());
            assertEquals(1, leftRecorded());
            assertEquals("ENDED", party(json(get(SEED + "/parties", "viewer")), "lilla-edet").get("status").asText());
            assertEquals("ACTIVE", json(get(SEED + "/terms", "viewer")).get("status").asText());
        } finally {
            setDate(clock, TODAY);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> json(get(SEED + "/terms", "viewer")).get("asOf")
                .asText().equals(TODAY));
    }

    private long leftRecorded() throws Exception {
        long n = 0;
        for (JsonNode c : json(get(SEED + "/renewals", "viewer"))) {
            if (c.get("kind").asText().equals("PARTY_LEFT") && "lilla-edet".equals(c.path("party").asText())) {
                n++;
            }
        }
        return n;
    }

    @Test
    public void vgrsNoticeEndsTheAgreementForEveryPartyAndTheSettingNamesParties() throws Exception {
        String id = uniqueId("treparts");
        var created = post("/api/v1/agreements", "operator", threeParties(id, ", \"noticeEndsAgreementFor\": [\"vgr\"]"));
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals(201, post("/api/v1/agreements/" + id + "/terminations", "operator",
                notice("boras", "2026-01-15")).statusCode());
        assertEquals("ACTIVE", json(get("/api/v1/agreements/" + id + "/terms?asOf=2026-11-22", "viewer"))
                .get("status").asText());

        assertEquals(201, post("/api/v1/agreements/" + id + "/terminations", "operator",
                notice("vgr", "2026-11-20")).statusCode());
        JsonNode terms = json(get("/api/v1/agreements/" + id + "/terms?asOf=2026-11-22", "viewer"));
        assertEquals("NOTICE_GIVEN", terms.get("status").asText());
        assertEquals("2027-11-28", terms.get("endsOn").asText());
        for (JsonNode p : json(get("/api/v1/agreements/" + id + "/parties?asOf=2026-11-22", "viewer"))) {
            assertEquals(p.toString(), "NOTICE_GIVEN", p.get("status").asText());
            assertEquals(p.toString(), "2027-11-28", p.get("participatingUntil").asText());
        }
        assertEquals(0, json(get("/api/v1/agreements/" + id, "viewer")).get("leaving").size());

        var notAParty = post("/api/v1/agreements", "operator", threeParties(uniqueId("fel"),
                ", \"noticeEndsAgreementFor\": [\"goteborg\"]"));
        assertEquals(400, notAParty.statusCode());
        assertEquals("noticeEndsAgreementFor[0]", json(notAParty).at("/errors/0/path").asText());
    }

    @Test
    public void aSaturdayLastDayIsStillOnTimeAndWithTheSettingSoIsTheMondayAfter() throws Exception {
        String id = uniqueId("lordag");
        assertEquals(201, post("/api/v1/agreements", "operator", threeParties(id, "")).statusCode());
        JsonNode terms = json(get("/api/v1/agreements/" + id + "/terms?asOf=2026-11-22", "viewer"));
        assertEquals("2026-11-28", terms.get("noticeDeadline").asText());
        assertEquals("2026-11-27", terms.get("practicalNoticeDeadline").asText());

        JsonNode deadline = null;
        for (JsonNode d : json(get("/api/v1/deadlines?from=2026-11-22&to=2026-12-31&limit=1000", "viewer"))) {
            if (d.get("subject").asText().equals(id) && d.get("kind").asText().equals("NOTICE_DEADLINE")) {
                deadline = d;
            }
        }
        assertTrue(String.valueOf(deadline), deadline != null && deadline.get("date").asText().equals("2026-11-28")
                && deadline.get("practicalDate").asText().equals("2026-11-27"));
        assertTrue(deadline.get("description").asText(), deadline.get("description").asText().startsWith(
                "Senast fredag 27 november 2026 — sista dag enligt avtalet lördag 28 november 2026"));

        var saturday = post("/api/v1/agreements/" + id + "/terminations", "operator", notice("vgr", "2026-11-28"));
        assertEquals(saturday.body(), 201, saturday.statusCode());
        assertEquals("2027-11-28", json(saturday).get("endsOn").asText());

        String moves = uniqueId("mandag");
        assertEquals(201, post("/api/v1/agreements", "operator",
                threeParties(moves, ", \"lastDayMovesToNextWorkingDay\": true")).statusCode());
        var monday = post("/api/v1/agreements/" + moves + "/terminations", "operator", notice("vgr", "2026-11-30"));
        assertEquals("2027-11-28", json(monday).get("endsOn").asText());
        String late = uniqueId("sen");
        assertEquals(201, post("/api/v1/agreements", "operator", threeParties(late, "")).statusCode());
        assertEquals("2030-11-28", json(post("/api/v1/agreements/" + late + "/terminations", "operator",
                notice("vgr", "2026-11-30"))).get("endsOn").asText());
    }

    @Test
    public void aRevisionIsAddedOnItsOwnAndADiaryNumberIsUsedOnce() throws Exception {
        String body = "{\"document\": \"finansiell-samverkan\", \"diaryNumber\": \"HMC 2026-0101\","
                + " \"decidedOn\": \"2026-10-15\", \"effectiveFrom\": \"2027-01-01\","
                + " \"summary\": \"Ny fördelningsnyckel för huvudområdena\"}";
        var added = post(SEED + "/revisions", "operator", body);
        assertEquals(added.body(), 201, added.statusCode());
        assertEquals("finansiell-samverkan", json(added).get("document").asText());

        var twice = post(SEED + "/revisions", "operator", body.replace("finansiell-samverkan", "tjanster"));
        assertEquals(400, twice.statusCode());
        assertEquals("diaryNumber", json(twice).at("/errors/0/path").asText());
        var backwards = post(SEED + "/revisions", "operator", body.replace("HMC 2026-0101", "HMC 2026-0102")
                .replace("2027-01-01", "2026-10-01"));
        assertEquals(400, backwards.statusCode());
        assertEquals("effectiveFrom", json(backwards).at("/errors/0/path").asText());
        var noSuchDocument = post(SEED + "/revisions", "operator", body.replace("finansiell-samverkan", "bilaga-9"));
        assertEquals(400, noSuchDocument.statusCode());
        assertEquals("document", json(noSuchDocument).at("/errors/0/path").asText());
        // the main document changes only when a new term starts
        var mainDocument = post(SEED + "/revisions", "operator", body.replace("finansiell-samverkan", "huvuddokument")
                .replace("HMC 2026-0101", "HMC 2026-0103"));
        assertEquals(400, mainDocument.statusCode());
        assertEquals("effectiveFrom", json(mainDocument).at("/errors/0/path").asText());

        String out = console("agreement:revise --document it-stod --diary \"HMC 2026-0110\""
                + " --decided 2026-11-02 --summary \"Nytt beställningsstöd\" samarbetsavtal-hjalpmedel");
        assertTrue(out, out.contains("Revision HMC 2026-0110 of it-stod logged"));
        String again = console("agreement:revise --document it-stod --diary \"HMC 2026-0110\""
                + " --decided 2026-11-02 --summary \"Samma igen\" samarbetsavtal-hjalpmedel");
        assertTrue(again, again.contains("Error") && again.contains("--diary"));

        JsonNode log = json(get(SEED + "/revisions", "viewer"));
        assertEquals(2, log.size());
        assertEquals("HMC 2026-0101", log.get(0).get("diaryNumber").asText());
        assertEquals("it-stod", log.get(1).get("document").asText());
    }

    @Test
    public void anUpdateCannotDropANoticeWhichIsWithdrawnByItsOwnCall() throws Exception {
        String id = uniqueId("behall");
        assertEquals(201, post("/api/v1/agreements", "operator", agreementJson(id, "Med uppsägning")).statusCode());
        assertEquals(201, post("/api/v1/agreements/" + id + "/terminations", "operator",
                notice("goteborg", "2026-08-01")).statusCode());

        // left out: kept
        assertEquals(200, put("/api/v1/agreements/" + id, "operator", agreementJson(id, "Nytt namn")).statusCode());
        assertEquals(1, json(get("/api/v1/agreements/" + id + "/terminations", "viewer")).size());
        // rewritten: refused, naming the field
        String rewritten = agreementJson(id, "Nytt namn").replace("\"renegotiationAnyTime\": false",
                "\"renegotiationAnyTime\": false, \"terminationNotices\": [" + notice("goteborg", "2026-09-01") + "]");
        var refused = put("/api/v1/agreements/" + id, "operator", rewritten);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertEquals("terminationNotices", json(refused).at("/errors/0/path").asText());
        // sent back as fetched: accepted
        JsonNode fetched = json(get("/api/v1/agreements/" + id, "viewer"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) fetched).remove("status");
        assertEquals(200, put("/api/v1/agreements/" + id, "operator", JSON.writeValueAsString(fetched)).statusCode());
        assertEquals("NOTICE_GIVEN", json(get("/api/v1/agreements/" + id, "viewer")).get("status").asText());

        var withdrawn = post("/api/v1/agreements/" + id + "/notices/1/withdrawal", "operator",
                "{\"reason\": \"Kommunstyrelsen återkallade uppsägningen\", \"on\": \"2026-11-20\"}");
        assertEquals(withdrawn.body(), 201, withdrawn.statusCode());
        assertFalse(json(withdrawn).get("effective").asBoolean());
        JsonNode notices = json(get("/api/v1/agreements/" + id + "/terminations", "viewer"));
        assertEquals(1, notices.size());
        assertEquals("2026-11-20", notices.at("/0/notice/withdrawal/on").asText());
        assertEquals(1, notices.at("/0/number").asInt());
        assertEquals("ACTIVE", json(get("/api/v1/agreements/" + id, "viewer")).get("status").asText());
        assertEquals(409, post("/api/v1/agreements/" + id + "/notices/1/withdrawal", "operator",
                "{\"reason\": \"Igen\"}").statusCode());

        // over the console, with a reason required
        assertEquals(201, post("/api/v1/agreements/" + id + "/terminations", "operator",
                notice("goteborg", "2026-10-01")).statusCode());
        String missing = console("agreement:withdraw-notice --reason \"\" --on 2026-11-22 " + id + " 2");
        assertTrue(missing, missing.contains("Error") && missing.contains("reason"));
        String out = console("agreement:withdraw-notice --reason \"Registrerad på fel avtal\" " + id + " 2");
        assertTrue(out, out.contains("withdrawn on " + TODAY));
        String shown = console("agreement:show " + id);
        assertTrue(shown, shown.contains("Registrerad på fel avtal"));
        assertEquals(404, post("/api/v1/agreements/" + id + "/notices/7/withdrawal", "operator",
                "{\"reason\": \"Finns inte\"}").statusCode());
        assertEquals("ACTIVE", json(get("/api/v1/agreements/" + id + "/terms?asOf=" + URLEncoder.encode(TODAY,
                StandardCharsets.UTF_8), "viewer")).get("status").asText());
    }
}

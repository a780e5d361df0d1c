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
 * The governance organisation over REST and the console: the seeds' bodies, Ledningsrådet's quorum in the
 * compliance report, the beredningsgrupp mandate, and a vacancy as a deadline of the coordination function.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class GovernanceIT extends AvtalsvaktTestSupport {

    /** Ledningsrådet's representatives, by side, appointed once. */
    private static final List<Long> MUNICIPAL = new ArrayList<>();
    private static final List<Long> REGION = new ArrayList<>();

    @Before
    public void platformIsUp() throws Exception {
        awaitPlatform();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> json(get("/api/v1/bodies", "viewer")).size() == 11);
        if (MUNICIPAL.isEmpty()) {
            MUNICIPAL.add(appoint("goteborg", "ledningsradet", "ordforande", "Ordförande Kommun"));
            REGION.add(appoint("vgr", "ledningsradet", "vice-ordforande", "Vice Region"));
            for (int i = 1; i <= 5; i++) {
                MUNICIPAL.add(appoint(i % 2 == 0 ? "boras" : "goteborg", "ledningsradet", "kommunerna", "Kommun " + i));
                REGION.add(appoint("vgr", "ledningsradet", "vgr", "Region " + i));
            }
        }
    }

    private long appoint(String organisation, String body, String seat, String person) throws Exception {
        var response = post("/api/v1/representatives", "operator", "{\"person\": \"" + person + "\", \"organisation\": \""
                + organisation + "\", \"body\": \"" + body + "\", \"seat\": \"" + seat + "\", \"from\": \"2026-01-01\"}");
        assertEquals(response.body(), 201, response.statusCode());
        return json(response).get("id").asLong();
    }

    private static String ids(List<Long> ids, int count) {
        return ids.subList(0, count).toString().replace(" ", "");
    }

    @Test
    public void a_theSeedsBodiesWithTheirSeatsAndRules() throws Exception {
        JsonNode lr = json(get("/api/v1/bodies/ledningsradet", "viewer"));
        assertEquals("Ledningsrådet för hjälpmedel", lr.get("name").asText());
        assertEquals("MANAGEMENT", lr.get("level").asText());
        assertEquals("politisk-beredningsgrupp", lr.get("parent").asText());
        assertEquals(4, lr.get("seats").size());
        assertEquals("Kommunerna via VästKom", lr.at("/seats/0/appointedBy").asText());
        assertEquals(50, lr.at("/rules/quorumPercent").asInt());
        assertEquals(404, get("/api/v1/bodies/vgr", "viewer").statusCode());
        String list = console("body:list");
        assertTrue(list, list.contains("bg-it-stod") && list.contains("IT_SUPPORT_ADAPTATION up to 50000 SEK"));
        String shown = console("body:show ledningsradet");
        assertTrue(shown, shown.contains("Kommunerna via VästKom") && shown.contains("Region 5"));
        String register = console("representative:register boras");
        assertTrue(register, register.contains("Ledningsrådet för hjälpmedel") && register.contains("Kommun 2, Kommun 4")
                && register.contains("Beredningsgrupp IT-stöd"));
        var badSeat = post("/api/v1/representatives", "operator", "{\"person\": \"X\", \"organisation\": \"vgr\","
                + " \"body\": \"ledningsradet\", \"seat\": \"ledamot\", \"from\": \"2026-01-01\"}");
        assertEquals(400, badSeat.statusCode());
        assertEquals("seat", json(badSeat).at("/errors/0/path").asText());
    }

    @Test
    public void b_aMeetingWithoutQuorumShowsInTheComplianceReport() throws Exception {
        assertTrue(json(get("/api/v1/bodies/ledningsradet/compliance?year=2026", "viewer")).get("compliant")
                .asBoolean());
        // one regional representative short: 3 of 6 municipal, 2 of 6 regional
        var meeting = post("/api/v1/meetings", "operator", "{\"body\": \"ledningsradet\", \"date\": \"2026-10-06\","
                + " \"invitationSentOn\": \"2026-09-22\", \"attendees\": " + ids(MUNICIPAL, 3).replace("[", "[")
                .replace("]", "," + ids(REGION, 2).substring(1)) + "}");
        assertEquals(meeting.body(), 201, meeting.statusCode());
        assertEquals("QUORUM", json(meeting).at("/violations/0/rule").asText());
        long meetingId = json(meeting).get("id").asLong();

        JsonNode report = json(get("/api/v1/bodies/ledningsradet/compliance?year=2026", "viewer"));
        assertFalse(report.get("compliant").asBoolean());
        assertEquals(1, report.get("meetingsHeld").asInt());
        assertEquals(6, report.get("meetingsRequired").asInt());
        assertEquals(1, report.get("quorumNotMet").asInt());
        assertEquals("QUORUM", report.at("/violations/0/rule").asText());
        String console = console("body:compliance --year 2026 ledningsradet");
        assertTrue(console, console.contains("NOT COMPLIANT") && console.contains("quorum met 0, not met 1")
                && console.contains("VIOLATION QUORUM"));

        // a decision adopted there, with dissent, breaks two rules
        String decided = console("decision:add --dissent \"Region 1 reserverar sig\" " + meetingId
                + " ADOPTED \"Ny rutin för utprovning\"");
        assertTrue(decided, decided.contains("VIOLATION UNANIMITY") && decided.contains("VIOLATION QUORUM"));
        assertEquals(1, json(get("/api/v1/bodies/ledningsradet/compliance?year=2026", "viewer"))
                .get("decisionsBreakingRules").asInt());

        // a meeting with quorum, over the console, breaks nothing; it counts towards the six a year
        String added = console("meeting:add --invited 2026-10-20 --attendees " + ids(MUNICIPAL, 3).replaceAll("[\\[\\]]", "")
                + "," + ids(REGION, 3).replaceAll("[\\[\\]]", "") + " ledningsradet 2026-11-03");
        assertTrue(added, added.contains("recorded") && !added.contains("VIOLATION"));
        JsonNode cadence = json(get("/api/v1/obligations/ledningsradet-moten:2026-12-31", "viewer"));
        assertEquals(2, cadence.get("fulfilments").size());
        assertTrue(console("meeting:add ledningsradet 2026-13-01").startsWith("Error"));
    }

    @Test
    public void c_aBeredningsgruppAdoptsItSupportUpTo50000Sek() throws Exception {
        var meeting = post("/api/v1/meetings", "operator", "{\"body\": \"bg-it-stod\", \"date\": \"2026-09-01\"}");
        long id = json(meeting).get("id").asLong();
        var within = post("/api/v1/meetings/" + id + "/decisions", "operator", "{\"subject\": \"Anpassning A\","
                + " \"kind\": \"IT_SUPPORT_ADAPTATION\", \"amountSek\": 50000, \"outcome\": \"ADOPTED\"}");
        assertEquals(within.body(), 201, within.statusCode());
        assertEquals(0, json(within).get("violations").size());
        var above = post("/api/v1/meetings/" + id + "/decisions", "operator", "{\"subject\": \"Anpassning B\","
                + " \"kind\": \"IT_SUPPORT_ADAPTATION\", \"amountSek\": 50001, \"outcome\": \"ADOPTED\"}");
        assertEquals("MANDATE", json(above).at("/violations/0/rule").asText());
        var bad = post("/api/v1/meetings/" + id + "/decisions", "operator", "{\"subject\": \"C\", \"outcome\": \"MAYBE\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("outcome", json(bad).at("/errors/0/path").asText());
    }

    @Test
    public void d_aResignationIsAVacancyDeadlineOfTheCoordinationFunction() throws Exception {
        long leaving = REGION.get(5);
        var resigned = post("/api/v1/representatives/" + leaving + "/resignation", "operator",
                "{\"to\": \"2026-11-30\", \"notifiedOn\": \"2026-11-20\"}");
        assertEquals(resigned.body(), 200, resigned.statusCode());
        JsonNode vacancies = json(get("/api/v1/vacancies", "viewer"));
        assertEquals(vacancies.toString(), 1, vacancies.size());
        assertEquals("2026-12-01", vacancies.get(0).get("since").asText());
        JsonNode vacancy = null;
        for (JsonNode d : json(get("/api/v1/deadlines?from=2026-11-22&to=2027-03-31", "viewer"))) {
            if (d.get("source").asText().equals("governance")) {
                vacancy = d;
            }
        }
        assertEquals("SEAT_VACANT", vacancy.get("kind").asText());
        assertEquals("ledningsradet/vgr", vacancy.get("subject").asText());
        assertEquals("2026-12-31", vacancy.get("date").asText());
        assertEquals("samordningsfunktionen", vacancy.get("owner").asText());
        assertTrue(console("body:vacancies").contains("2026-12-01"));
    }

    @Test
    public void e_aForumMeetingWithoutInvitationIsADeadlineTwoWeeksBefore() throws Exception {
        var meeting = post("/api/v1/meetings", "operator", "{\"body\": \"hjalpmedelsforum-socialtjanst\","
                + " \"date\": \"2027-02-16\", \"agenda\": \"Nytt sortiment\"}");
        assertEquals(meeting.body(), 201, meeting.statusCode());
        long id = json(meeting).get("id").asLong();
        JsonNode invitation = null;
        for (JsonNode d : json(get("/api/v1/deadlines?from=2026-11-22&to=2027-03-31", "viewer"))) {
            if (d.get("kind").asText().equals("MEETING_INVITATION")) {
                invitation = d;
            }
        }
        assertEquals("meeting-" + id, invitation.get("subject").asText());
        assertEquals("2027-02-02", invitation.get("date").asText());
        assertEquals("hjalpmedelsforum-socialtjanst", invitation.get("owner").asText());
        // a decision in a forum breaks its rule: dialogue only
        var decided = post("/api/v1/meetings/" + id + "/decisions", "operator",
                "{\"subject\": \"Byte av leverantör\", \"outcome\": \"ADOPTED\"}");
        assertEquals("NO_DECISIONS", json(decided).at("/violations/0/rule").asText());

        // the invitation recorded afterwards: no deadline any more; the decision stays with the meeting
        var updated = put("/api/v1/meetings/" + id, "operator", "{\"date\": \"2027-02-16\","
                + " \"invitationSentOn\": \"2027-01-29\", \"agenda\": \"Nytt sortiment\"}");
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals(1, json(updated).get("decisions").size());
        for (JsonNode d : json(get("/api/v1/deadlines?from=2026-11-22&to=2027-03-31", "viewer"))) {
            assertFalse(d.toString(), d.get("kind").asText().equals("MEETING_INVITATION"));
        }
        String late = console("meeting:update --invited 2027-02-10 " + id);
        assertTrue(late, late.contains("updated"));
        assertEquals("2027-02-10", json(get("/api/v1/meetings/" + id, "viewer")).get("invitationSentOn").asText());
    }
}

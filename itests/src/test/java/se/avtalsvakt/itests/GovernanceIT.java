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
 * The governance organisation over REST and the console: the seeds' bodies, seats that refuse the wrong holder or
 * one too many, Ledningsrådet's quorum and its pace in the compliance report, the beredningsgrupp mandate in öre, a
 * late forum invitation on the meeting itself, and vacancies as deadlines of the appointing organisation, overdue
 * ones however old.
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
        var response = tryAppoint(organisation, body, seat, person);
        assertEquals(response.body(), 201, response.statusCode());
        return json(response).get("id").asLong();
    }

    private java.net.http.HttpResponse<String> tryAppoint(String organisation, String body, String seat,
            String person) throws Exception {
        return post("/api/v1/representatives", "operator", "{\"person\": \"" + person + "\", \"organisation\": \""
                + organisation + "\", \"body\": \"" + body + "\", \"seat\": \"" + seat + "\", \"from\": \"2026-01-01\"}");
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
        // seats know who appoints them (seed 003)
        assertEquals("koncernledning-halso-och-sjukvard", lr.at("/seats/3/appointingOrganisation").asText());
        assertEquals("sjuharad", lr.at("/seats/2/representing/2").asText());
    }

    @Test
    public void aa_aWrongSeatOrASixthMemberIsRefusedSoQuorumCannotBeSkewed() throws Exception {
        var borasInVgrSeat = tryAppoint("boras", "ledningsradet", "vgr", "Fel Plats");
        assertEquals(borasInVgrSeat.body(), 400, borasInVgrSeat.statusCode());
        assertEquals("application/problem+json", borasInVgrSeat.headers().firstValue("Content-Type").orElse("")
                .split(";")[0]);
        assertEquals("organisation", json(borasInVgrSeat).at("/errors/0/path").asText());
        assertTrue(borasInVgrSeat.body(), json(borasInVgrSeat).at("/errors/0/message").asText().contains("Borås"));
        var sixth = tryAppoint("vgr", "ledningsradet", "vgr", "Region 6");
        assertEquals(sixth.body(), 400, sixth.statusCode());
        assertEquals("seat", json(sixth).at("/errors/0/path").asText());
        String console = console("representative:add --body ledningsradet --seat kommunerna --from 2026-02-01 "
                + "lerum \"Kommun 6\"");
        assertTrue(console, console.contains("seat") && !console.contains("Exception"));
        assertEquals(5, json(get("/api/v1/bodies/ledningsradet/representatives", "viewer")).findValues("seat")
                .stream().filter(n -> n.asText().equals("vgr")).count());
    }

    @Test
    public void b_aMeetingWithoutQuorumShowsInTheComplianceReport() throws Exception {
        // none of six meetings held in late November is at risk, never compliant
        JsonNode none = json(get("/api/v1/bodies/ledningsradet/compliance?year=2026", "viewer"));
        assertFalse(none.toString(), none.get("compliant").asBoolean());
        assertEquals("AT_RISK", none.get("state").asText());
        assertEquals("risk", none.get("stateLabel").asText());
        assertEquals(6, none.get("meetingsRemaining").asInt());
        assertEquals("0 av 6 möten hållna, 6 återstår på 5 veckor", none.get("summary").asText());
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
        // 50 000,50 kr is not 50 000 kr: kept in öre, over the mandate, however it is written
        for (String amount : List.of("\"amount\": \"50000.50\"", "\"amountSek\": 50000.50", "\"amountOre\": 5000050")) {
            var ore = post("/api/v1/meetings/" + id + "/decisions", "operator", "{\"subject\": \"Anpassning D\","
                    + " \"kind\": \"IT_SUPPORT_ADAPTATION\", " + amount + ", \"outcome\": \"ADOPTED\"}");
            assertEquals(ore.body(), 201, ore.statusCode());
            assertEquals(5000050, json(ore).get("amountOre").asLong());
            assertEquals("50000.5", json(ore).get("amount").decimalValue().stripTrailingZeros().toPlainString());
            assertEquals(amount, "MANDATE", json(ore).at("/violations/0/rule").asText());
        }
        var noAmount = post("/api/v1/meetings/" + id + "/decisions", "operator", "{\"subject\": \"Anpassning E\","
                + " \"kind\": \"IT_SUPPORT_ADAPTATION\", \"outcome\": \"ADOPTED\"}");
        assertEquals("MANDATE", json(noAmount).at("/violations/0/rule").asText());
        var tooFine = post("/api/v1/meetings/" + id + "/decisions", "operator", "{\"subject\": \"F\","
                + " \"amountSek\": 1.005, \"outcome\": \"ADOPTED\"}");
        assertEquals(400, tooFine.statusCode());
        assertEquals("amountSek", json(tooFine).at("/errors/0/path").asText());
        String console = console("decision:add --kind IT_SUPPORT_ADAPTATION --amount \"50 000,50\" " + id
                + " ADOPTED \"Anpassning G\"");
        assertTrue(console, console.contains("50 000,50 kr") && console.contains("VIOLATION MANDATE"));
        var bad = post("/api/v1/meetings/" + id + "/decisions", "operator", "{\"subject\": \"C\", \"outcome\": \"MAYBE\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("outcome", json(bad).at("/errors/0/path").asText());
    }

    @Test
    public void d_aResignationIsAVacancyDeadlineOfTheCoordinationFunction() throws Exception {
        long leaving = REGION.get(5);
        var resigned = post("/api/v1/representatives/" + leaving + "/resignation", "operator",
                "{\"to\": \"2026-11-30\", \"notifiedOn\": \"2026-11-20\", \"principalNotifiedOn\": \"2026-11-21\"}");
        assertEquals(resigned.body(), 200, resigned.statusCode());
        // two notifications, as seed 003 requires: the coordination function and the principal
        JsonNode told = json(resigned).get("notifications");
        assertEquals(told.toString(), 2, told.size());
        assertEquals("samordningsfunktionen", told.at("/0/recipient").asText());
        assertEquals("2026-11-20", told.at("/0/notifiedOn").asText());
        assertEquals("koncernledning-halso-och-sjukvard", told.at("/1/recipient").asText());
        assertEquals("PRINCIPAL", told.at("/1/role").asText());
        assertEquals("2026-11-21", told.at("/1/notifiedOn").asText());
        JsonNode vacancies = json(get("/api/v1/vacancies", "viewer"));
        assertEquals(vacancies.toString(), 1, vacancies.size());
        assertEquals("2026-12-01", vacancies.get(0).get("since").asText());
        assertEquals("Koncernledning Hälso- och sjukvård", vacancies.get(0).get("appointingOrganisationName").asText());
        JsonNode vacancy = null;
        for (JsonNode d : json(get("/api/v1/deadlines?from=2026-11-22&to=2027-03-31&limit=1000", "viewer"))) {
            if (d.get("source").asText().equals("governance")) {
                vacancy = d;
            }
        }
        assertEquals("SEAT_VACANT", vacancy.get("kind").asText());
        assertEquals("ledningsradet/vgr", vacancy.get("subject").asText());
        assertEquals("2026-12-31", vacancy.get("date").asText());
        assertEquals("koncernledning-halso-och-sjukvard", vacancy.get("owner").asText());
        assertTrue(vacancy.toString(), vacancy.get("description").asText().contains("Koncernledning Hälso- och sjukvård")
                && !vacancy.get("description").asText().contains("Kommunerna i VG"));
        String listed = console("body:vacancies");
        assertTrue(listed, listed.contains("2026-12-01") && listed.contains("koncernledning-halso-och-sjukvard"));
        assertTrue(json(get("/api/v1/representatives?body=ledningsradet&all=true", "viewer")).toString()
                .contains("\"PRINCIPAL\""));
    }

    @Test
    public void e_aForumMeetingWithoutInvitationIsADeadlineTwoWeeksBefore() throws Exception {
        var meeting = post("/api/v1/meetings", "operator", "{\"body\": \"hjalpmedelsforum-socialtjanst\","
                + " \"date\": \"2027-02-16\", \"agenda\": \"Nytt sortiment\"}");
        assertEquals(meeting.body(), 201, meeting.statusCode());
        long id = json(meeting).get("id").asLong();
        JsonNode invitation = null;
        for (JsonNode d : json(get("/api/v1/deadlines?from=2026-11-22&to=2027-03-31&limit=1000", "viewer"))) {
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
        for (JsonNode d : json(get("/api/v1/deadlines?from=2026-11-22&to=2027-03-31&limit=1000", "viewer"))) {
            assertFalse(d.toString(), d.get("kind").asText().equals("MEETING_INVITATION"));
        }
        String late = console("meeting:update --invited 2027-02-10 " + id);
        assertTrue(late, late.contains("updated"));
        assertEquals("2027-02-10", json(get("/api/v1/meetings/" + id, "viewer")).get("invitationSentOn").asText());
    }

    @Test
    public void f_aLateForumInvitationOrOneWithoutAgendaIsFlaggedOnTheMeeting() throws Exception {
        var late = post("/api/v1/meetings", "operator", "{\"body\": \"hjalpmedelsforum-halso-och-sjukvard\","
                + " \"date\": \"2027-03-09\", \"invitationSentOn\": \"2027-03-01\", \"agenda\": \"Uppföljning\"}");
        assertEquals(late.body(), 201, late.statusCode());
        assertEquals(late.body(), "INVITATION", json(late).at("/violations/0/rule").asText());
        assertTrue(late.body(), json(late).at("/violations/0/message").asText().contains("2027-02-23"));
        long id = json(late).get("id").asLong();
        assertEquals("INVITATION", json(get("/api/v1/meetings/" + id, "viewer")).at("/violations/0/rule").asText());
        var noAgenda = post("/api/v1/meetings", "operator", "{\"body\": \"hjalpmedelsforum-halso-och-sjukvard\","
                + " \"date\": \"2027-05-11\", \"invitationSentOn\": \"2027-04-20\"}");
        assertEquals(noAgenda.body(), "AGENDA", json(noAgenda).at("/violations/0/rule").asText());
        assertEquals(1, json(noAgenda).get("violations").size());
        var inTime = post("/api/v1/meetings", "operator", "{\"body\": \"hjalpmedelsforum-halso-och-sjukvard\","
                + " \"date\": \"2027-09-14\", \"invitationSentOn\": \"2027-08-31\", \"agenda\": \"Nyheter\"}");
        assertEquals(inTime.body(), 0, json(inTime).get("violations").size());
    }

    @Test
    public void g_vacanciesPastTheirNominationDayAreOverdueHoweverOld() throws Exception {
        // a register kept from 2026-01-01 with one of eleven places filled: the others were due to be nominated by
        // 2026-01-31 (a Saturday: practical 2026-01-30), ten months before the platform's today
        appoint("uddevalla", "bg-it-stod", "kommunerna", "Kommun IT");
        JsonNode overdue = json(get("/api/v1/vacancies/overdue", "viewer"));
        List<String> subjects = new ArrayList<>();
        overdue.forEach(d -> subjects.add(d.get("subject").asText() + "=" + d.get("owner").asText()));
        assertTrue(subjects.toString(), subjects.containsAll(List.of("bg-it-stod/kommunerna=vastkom",
                "bg-it-stod/vgr=koncernledning-halso-och-sjukvard", "bg-it-stod/hjalpmedelscentralen=regionservice")));
        assertEquals(subjects.toString(), 3, subjects.size());
        for (JsonNode d : overdue) {
            assertEquals("SEAT_VACANT", d.get("kind").asText());
            assertEquals("2026-01-31", d.get("date").asText());
            assertEquals("2026-01-30", d.get("practicalDate").asText());
        }
        String listed = console("body:vacancies --overdue");
        assertTrue(listed, listed.contains("bg-it-stod/vgr") && listed.contains("regionservice"));
        // the seat filled: no longer overdue
        appoint("hjalpmedelscentralen", "bg-it-stod", "hjalpmedelscentralen", "HMC IT");
        assertEquals(2, json(get("/api/v1/vacancies/overdue", "viewer")).size());
    }

    private List<JsonNode> overdueAlerts(String subject) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode a : json(get("/api/v1/alerts?limit=1000", "viewer"))) {
            if (a.get("source").asText().equals("governance") && a.get("subject").asText().equals(subject)
                    && a.get("threshold").asText().equals("overdue")) {
                found.add(a);
            }
        }
        return found;
    }

    @Test
    public void h_anOverdueVacancyRaisesOneOverdueAlertToTheAppointingOrganisation() throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> console("alert:run") != null && overdueAlerts("bg-it-stod/vgr").size() == 1);
        JsonNode alert = overdueAlerts("bg-it-stod/vgr").get(0);
        assertEquals(alert.toString(), "OPEN", alert.get("state").asText());
        assertEquals("SEAT_VACANT", alert.get("kind").asText());
        assertTrue(alert.toString(), alert.get("description").asText().contains("Koncernledning"));
        console("alert:run");
        assertEquals("raised once", 1, overdueAlerts("bg-it-stod/vgr").size());
        for (JsonNode filled : overdueAlerts("bg-it-stod/hjalpmedelscentralen")) {
            assertFalse(filled.toString(), filled.get("state").asText().equals("OPEN"));
        }
    }

    /** @return every item of a list read page by page through the Link header, as their JSON */
    private List<String> walk(String path) throws Exception {
        List<String> items = new ArrayList<>();
        String next = path;
        while (next != null) {
            var page = get(next, "viewer");
            assertEquals(page.body(), 200, page.statusCode());
            json(page).forEach(item -> items.add(item.toString()));
            next = page.headers().firstValue("Link").map(link -> {
                java.net.URI uri = java.net.URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>')));
                return uri.getRawPath() + "?" + uri.getRawQuery();
            }).orElse(null);
        }
        return items;
    }

    @Test
    public void i_theListsArePagesThatAddUpToTheWholeList() throws Exception {
        List<String> bodies = new ArrayList<>();
        json(get("/api/v1/bodies", "viewer")).forEach(b -> bodies.add(b.toString()));
        assertEquals(11, bodies.size());
        assertEquals(bodies, walk("/api/v1/bodies?limit=4"));

        List<String> people = new ArrayList<>();
        json(get("/api/v1/representatives?body=ledningsradet&all=true", "viewer")).forEach(r -> people.add(r.toString()));
        assertTrue(people.size() > 2);
        assertEquals(people, walk("/api/v1/representatives?body=ledningsradet&all=true&limit=2"));

        List<String> meetings = new ArrayList<>();
        json(get("/api/v1/meetings", "viewer")).forEach(m -> meetings.add(m.toString()));
        assertTrue(meetings.size() >= 3);
        assertEquals(meetings, walk("/api/v1/meetings?limit=1"));
        assertEquals(400, get("/api/v1/meetings?cursor=bm90LWEtbWVldGluZw", "viewer").statusCode());
        assertEquals(400, get("/api/v1/bodies?limit=0", "viewer").statusCode());
    }
}

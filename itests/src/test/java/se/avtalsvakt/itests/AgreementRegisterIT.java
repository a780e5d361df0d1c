package se.avtalsvakt.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** Writing to the register over REST and the console: what is valid is stored, what is not is refused whole. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AgreementRegisterIT extends AvtalsvaktTestSupport {

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    @Test
    public void anAgreementCreatedOverRestIsShownByTheConsole() throws Exception {
        String id = uniqueId("rest-avtal");
        var created = post("/api/v1/agreements", "operator", agreementJson(id, "Avtal via REST"));
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("/api/v1/agreements/" + id, created.headers().firstValue("Location").orElse(""));
        assertEquals("ACTIVE", json(created).get("status").asText());

        String shown = console("agreement:show " + id);
        assertTrue(shown, shown.contains("Avtal via REST"));
        assertTrue(shown, shown.contains("P1Y"));
        assertTrue(console("agreement:list --party goteborg --kind supply_contract").contains(id));

        var again = post("/api/v1/agreements", "operator", agreementJson(id, "Samma id igen"));
        assertEquals(409, again.statusCode());
    }

    @Test
    public void anInvalidAgreementIsRefusedWithAProblemNamingEachFieldAndNothingIsWritten() throws Exception {
        String id = uniqueId("ogiltigt");
        String body = agreementJson(id, "Ogiltigt").replace("\"P1Y\"", "\"ett år\"")
                .replace("\"goteborg\"", "\"atlantis\"");
        var refused = post("/api/v1/agreements", "operator", body);
        assertEquals(400, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse("")
                .split(";")[0]);
        JsonNode problem = json(refused);
        assertEquals(400, problem.get("status").asInt());
        List<String> paths = new ArrayList<>();
        problem.get("errors").forEach(e -> paths.add(e.get("path").asText()));
        assertTrue(paths.toString(), paths.contains("renewal.period"));

        // the shape is right but the party is unknown: still refused, by path
        var unknownParty = post("/api/v1/agreements", "operator",
                agreementJson(id, "Ogiltigt").replace("\"goteborg\"", "\"atlantis\""));
        assertEquals(400, unknownParty.statusCode());
        assertEquals("parties[0].organisation", json(unknownParty).at("/errors/0/path").asText());

        assertEquals(404, get("/api/v1/agreements/" + id, "viewer").statusCode());
        assertFalse(console("agreement:list").contains(id));
    }

    @Test
    public void rolesDecideWhoMayWrite() throws Exception {
        String id = uniqueId("roll");
        var asViewer = post("/api/v1/agreements", "viewer", agreementJson(id, "Roller"));
        assertEquals(403, asViewer.statusCode());
        assertEquals(404, get("/api/v1/agreements/" + id, "viewer").statusCode());
        assertEquals(201, post("/api/v1/agreements", "admin", agreementJson(id, "Roller")).statusCode());
        var notJson = send415(id);
        assertEquals(415, notJson);
    }

    private int send415(String id) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + httpPort() + "/api/v1/agreements/" + id))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "operator:operator".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("hello")).build();
        return client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    public void theListComesInPagesLinkedToTheNextAndTheConsoleSaysWhenItIsCut() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = uniqueId("sida-" + i);
            assertEquals(201, post("/api/v1/agreements", "operator", agreementJson(id, "Sida " + i)).statusCode());
            created.add(id);
        }
        List<String> all = new ArrayList<>();
        json(get("/api/v1/agreements?limit=1000", "viewer")).forEach(a -> all.add(a.get("id").asText()));
        assertEquals(all.stream().sorted().toList(), all);
        assertTrue(all.containsAll(created));

        List<String> walked = new ArrayList<>();
        String path = "/api/v1/agreements?limit=2";
        int pages = 0;
        while (path != null) {
            var page = get(path, "viewer");
            assertEquals(page.body(), 200, page.statusCode());
            assertTrue(json(page).size() <= 2);
            json(page).forEach(a -> walked.add(a.get("id").asText()));
            path = page.headers().firstValue("Link").map(link -> {
                assertTrue(link, link.endsWith("; rel=\"next\""));
                java.net.URI next = java.net.URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>')));
                return next.getRawPath() + "?" + next.getRawQuery();
            }).orElse(null);
            pages++;
        }
        assertEquals(all, walked);
        assertEquals((all.size() + 1) / 2, pages);

        var tooMany = get("/api/v1/agreements?limit=1001", "viewer");
        assertEquals(400, tooMany.statusCode());
        assertEquals("limit", json(tooMany).at("/errors/0/path").asText());
        assertEquals(400, get("/api/v1/agreements?cursor=not*a*cursor", "viewer").statusCode());

        String cut = console("agreement:list --limit 1");
        assertTrue(cut, cut.contains("there are more"));
        assertFalse(cut, console("agreement:list --limit 1000").contains("there are more"));
    }

    @Test
    public void putReplacesTheRegistration() throws Exception {
        String id = uniqueId("andras");
        assertEquals(201, post("/api/v1/agreements", "operator", agreementJson(id, "Före")).statusCode());
        var updated = put("/api/v1/agreements/" + id, "operator", agreementJson(id, "Efter"));
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals("Efter", json(get("/api/v1/agreements/" + id, "viewer")).get("title").asText());
        var otherId = put("/api/v1/agreements/" + id, "operator", agreementJson("annat-id", "Efter"));
        assertEquals(400, otherId.statusCode());
        assertEquals("id", json(otherId).at("/errors/0/path").asText());
        // the id may be left out of the body: the path names the agreement
        String withoutId = agreementJson("x", "Utan id").replace("\"id\": \"x\", ", "");
        assertEquals(200, put("/api/v1/agreements/" + id, "operator", withoutId).statusCode());
        assertEquals("Utan id", json(get("/api/v1/agreements/" + id, "viewer")).get("title").asText());
        assertEquals(404, put("/api/v1/agreements/" + uniqueId("saknas"), "operator", withoutId).statusCode());
    }

    @Test
    public void theSchoolAgreementsDecisionHistoryIsDataAndAnUpdateKeepsOrReplacesIt() throws Exception {
        JsonNode school = json(get("/api/v1/agreements/overenskommelse-skola", "viewer"));
        JsonNode steps = school.get("decisionHistory");
        assertEquals(school.toString(), 6, steps.size());
        assertEquals("2020-12-09", steps.get(0).get("on").asText());
        assertEquals("sro", steps.get(2).get("organisation").asText());
        assertEquals("Undertecknad av samtliga parter", steps.get(5).get("step").asText());
        String shown = console("agreement:show overenskommelse-skola");
        assertTrue(shown, shown.contains("Decision history") && shown.contains("2021-06-01")
                && shown.contains("VästKoms styrelse"));

        String id = uniqueId("beslutsgang");
        String withHistory = agreementJson(id, "Med beslutsgång").replace("\"renegotiationAnyTime\": false",
                "\"renegotiationAnyTime\": false, \"decisionHistory\": [{\"on\": \"2024-05-02\", "
                        + "\"body\": \"Ledningsrådet\", \"organisation\": \"ledningsradet\"}, {\"on\": \"%s\", "
                        + "\"body\": \"Samtliga parter\", \"step\": \"Undertecknad\"}]");
        var refused = post("/api/v1/agreements", "operator", String.format(withHistory, "2024-04-01"));
        assertEquals(400, refused.statusCode());
        assertEquals("decisionHistory[1].on", json(refused).at("/errors/0/path").asText());
        assertEquals(404, get("/api/v1/agreements/" + id, "viewer").statusCode());

        assertEquals(201, post("/api/v1/agreements", "operator", String.format(withHistory, "2024-06-10"))
                .statusCode());
        // an update that leaves the history out keeps it; one that sends it replaces it
        assertEquals(200, put("/api/v1/agreements/" + id, "operator", agreementJson(id, "Nytt namn")).statusCode());
        assertEquals(2, json(get("/api/v1/agreements/" + id, "viewer")).get("decisionHistory").size());
        assertEquals(200, put("/api/v1/agreements/" + id, "operator", String.format(withHistory, "2024-06-11"))
                .statusCode());
        JsonNode replaced = json(get("/api/v1/agreements/" + id, "viewer")).get("decisionHistory");
        assertEquals("2024-06-11", replaced.get(1).get("on").asText());
    }

    @Test
    public void aMainDocumentChangeOutsideATermBoundaryIsRefused() throws Exception {
        String id = uniqueId("huvuddokument");
        String withDocs = agreementJson(id, "Med dokument").replace("\"renegotiationAnyTime\": false",
                "\"renegotiationAnyTime\": false, \"specifications\": [{\"id\": \"huvuddokument\", "
                        + "\"title\": \"Avtal\", \"type\": \"MAIN_DOCUMENT\", \"revisions\": [{\"diaryNumber\": "
                        + "\"D-1\", \"decidedOn\": \"2025-06-01\", \"summary\": \"Ändrad text\", "
                        + "\"effectiveFrom\": \"%s\"}]}]");
        var refused = post("/api/v1/agreements", "operator", String.format(withDocs, "2025-07-01"));
        assertEquals(400, refused.statusCode());
        assertEquals("specifications[0].revisions[0].effectiveFrom", json(refused).at("/errors/0/path").asText());
        // 2027-01-01 is the first day of the second term: allowed (R4)
        assertEquals(201, post("/api/v1/agreements", "operator", String.format(withDocs, "2027-01-01"))
                .statusCode());
    }

    @Test
    public void anInvalidImportFileIsRefusedWholeAndAValidOneRoundTrips() throws Exception {
        Path dir = Files.createTempDirectory("avtalsvakt-import");
        String good = uniqueId("import-ok");
        String bad = uniqueId("import-fel");
        String file = "{\"formatVersion\": 1, \"organisations\": [{\"id\": \"" + good + "-org\", \"name\": \"Ny org\","
                + " \"kind\": \"SUPPLIER\", \"parent\": \"vgr\"}], \"agreements\": [" + agreementJson(good, "Bra")
                + ", " + agreementJson(bad, "Dålig").replace("\"P3M\"", "\"tre månader\"") + "]}";
        Path invalid = dir.resolve("invalid.json");
        Files.writeString(invalid, file, StandardCharsets.UTF_8);

        String refused = console("agreement:import " + invalid);
        assertTrue(refused, refused.contains("agreements[1].renewal.noticePeriod"));
        assertTrue(refused, refused.contains("nothing imported"));
        assertEquals(404, get("/api/v1/agreements/" + good, "viewer").statusCode());
        assertEquals(404, get("/api/v1/organisations/" + good + "-org", "viewer").statusCode());

        Path valid = dir.resolve("valid.json");
        Files.writeString(valid, file.replace("\"tre månader\"", "\"P3M\""), StandardCharsets.UTF_8);
        String imported = console("agreement:import " + valid);
        assertTrue(imported, imported.contains("agreements: 2 created"));
        assertEquals(200, get("/api/v1/agreements/" + bad, "viewer").statusCode());

        Path exported = dir.resolve("export.json");
        String export = console("agreement:export " + good + " " + exported);
        assertTrue(export, export.contains("Exported 1 agreement(s)"));
        JsonNode doc = JSON.readTree(Files.readString(exported));
        assertEquals(good, doc.at("/agreements/0/id").asText());
        assertTrue(doc.get("organisations").size() >= 3);
        String reimport = console("agreement:import " + exported);
        assertTrue(reimport, reimport.contains("agreements: 0 created, 0 updated, 1 unchanged"));
    }
}

package se.avtalsvakt.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/** The distribution boots with every platform bundle active and the reference data of the seeds loaded. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends AvtalsvaktTestSupport {

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    @Test
    public void everyPlatformBundleIsActive() {
        List<String> platform = new ArrayList<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName().startsWith("se.avtalsvakt.")) {
                platform.add(b.getSymbolicName());
                assertEquals(b.getSymbolicName() + " is not active", Bundle.ACTIVE, b.getState());
            }
        }
        assertTrue("platform bundles found: " + platform, platform.containsAll(List.of("se.avtalsvakt.api",
                "se.avtalsvakt.calendar", "se.avtalsvakt.persistence", "se.avtalsvakt.agreement",
                "se.avtalsvakt.rest")));
    }

    @Test
    public void the49MunicipalitiesAreRegisteredWithTheirAssociations() throws Exception {
        JsonNode municipalities = json(get("/api/v1/organisations?kind=MUNICIPALITY", "viewer"));
        assertEquals(49, municipalities.size());
        JsonNode lillaEdet = json(get("/api/v1/organisations/lilla-edet", "viewer"));
        assertEquals("Lilla Edet", lillaEdet.get("name").asText());
        assertEquals("goteborgsregionen", lillaEdet.get("parent").asText());
        assertEquals(15, json(get("/api/v1/organisations?parent=skaraborg", "viewer")).size());

        String listed = console("organisation:list --kind MUNICIPALITY");
        assertTrue(listed, listed.contains("amal") && listed.contains("Åmål"));
        assertEquals(49, listed.lines().filter(l -> l.contains("MUNICIPALITY")).count());
    }

    @Test
    public void theSeedsAgreementsAreListedWithTheirRules() throws Exception {
        String list = console("agreement:list");
        for (String id : List.of("samarbetsavtal-hjalpmedel", "overenskommelse-skola", "halso-och-sjukvardsavtalet")) {
            assertTrue(list, list.contains(id));
        }
        JsonNode a = json(get("/api/v1/agreements/samarbetsavtal-hjalpmedel", "viewer"));
        assertEquals("2017-10-01", a.get("start").asText());
        assertEquals("2020-09-30", a.get("firstTermEnd").asText());
        assertEquals("AUTO_EXTEND", a.at("/renewal/type").asText());
        assertEquals("P3Y", a.at("/renewal/period").asText());
        assertEquals("P12M", a.at("/renewal/noticePeriod").asText());
        assertTrue(a.at("/renewal/writtenNoticeRequired").asBoolean());
        assertEquals("politisk-beredningsgrupp", a.get("ownerBody").asText());
        assertEquals("ACTIVE", a.get("status").asText());
        long careProviders = StreamSupport.stream(a.get("parties").spliterator(), false)
                .filter(p -> p.get("role").asText().equals("CARE_PROVIDER")).count();
        assertEquals(50, careProviders);

        JsonNode school = json(get("/api/v1/agreements/overenskommelse-skola", "viewer"));
        assertEquals("2022-06-01", school.get("start").asText());
        assertEquals("OPEN_ENDED", school.at("/renewal/type").asText());
        assertTrue(school.get("renegotiationAnyTime").asBoolean());

        String filtered = console("agreement:list --status referenced");
        assertTrue(filtered, filtered.contains("halso-och-sjukvardsavtalet"));
        assertTrue(filtered, !filtered.contains("samarbetsavtal-hjalpmedel"));
    }

    @Test
    public void showPrintsTheAgreementAndUnknownIdsGiveOneLine() throws Exception {
        String shown = console("agreement:show samarbetsavtal-hjalpmedel");
        assertTrue(shown, shown.contains("Samarbetsavtal för försörjning av personliga hjälpmedel"));
        assertTrue(shown, shown.contains("P12M"));
        assertTrue(shown, shown.contains("finansiell-samverkan"));

        String unknown = console("agreement:show no-such-agreement");
        assertTrue(unknown, unknown.contains("Error: no agreement with id 'no-such-agreement'"));
        assertEquals(unknown, 1, unknown.strip().lines().count());
    }

    @Test
    public void theApiNeedsLogin() throws Exception {
        var anonymous = get("/api/v1/agreements", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("")
                .split(";")[0]);
        assertEquals(401, send401WithWrongPassword());
        assertEquals(404, get("/api/v1/agreements/no-such-agreement", "viewer").statusCode());
        assertEquals(404, get("/api/v1/nothing-here", "viewer").statusCode());
    }

    private int send401WithWrongPassword() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + httpPort() + "/api/v1/agreements"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "viewer:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        return client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

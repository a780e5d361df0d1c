package se.avtalsvakt.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.JsonNode;

/** The parts of the platform benchmark that can be checked without a running distribution. */
public class HarnessTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void generatedAgreementsHaveTwoDifferentCareProvidersEach() throws Exception {
        List<String> providers = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            providers.add("kommun-" + i);
        }
        JsonNode org = Api.JSON.readTree("{\"id\":\"kommun-0\",\"name\":\"Kommun 0\",\"kind\":\"MUNICIPALITY\","
                + "\"parent\":null}");
        java.nio.file.Path file = ExchangeFiles.agreements(tmp.getRoot().toPath().resolve("a.json"), 5000,
                List.of(org), providers, "styrgrupp", java.time.LocalDate.of(2026, 11, 2));
        JsonNode agreements = Api.JSON.readTree(file.toFile()).path("agreements");
        assertEquals(5000, agreements.size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (JsonNode a : agreements) {
            JsonNode parties = a.path("parties");
            assertEquals(2, parties.size());
            assertFalse(a.path("id").asText(), parties.get(0).path("organisation").asText()
                    .equals(parties.get(1).path("organisation").asText()));
            assertTrue(ids.add(a.path("id").asText()));
        }
        assertTrue(Api.JSON.readTree(file.toFile()).path("organisations").get(0).path("parent").isNull());
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    public void answersWithALengthOrInChunksAreReadWholeAndTheConnectionKept() throws Exception {
        InputStream in = stream("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/html\r\n\r\nhello"
                + "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nLink: <x>; rel=\"next\"\r\n\r\n"
                + "3\r\n[1,\r\na;ext=1\r\n2,3,4,5,6]\r\n0\r\n\r\n"
                + "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        HttpLoad.Answer first = HttpLoad.read(in);
        assertEquals(new HttpLoad.Answer(200, 5, false), first);
        assertEquals(new HttpLoad.Answer(200, 13, false), HttpLoad.read(in));
        HttpLoad.Answer refused = HttpLoad.read(in);
        assertEquals(401, refused.status());
        assertTrue(refused.close());
        assertEquals(-1, in.read());
    }

    @Test
    public void aConfigurationKeyReplacesItsCommentedOutLineOrIsAdded() {
        List<String> lines = List.of("# the clock", "#fixedDate = 2026-11-22", "#zone = Europe/Stockholm");
        assertEquals(List.of("# the clock", "fixedDate = 2026-12-01", "#zone = Europe/Stockholm",
                "files = a.json, b/c.json"), Karaf.withValues(lines,
                Map.of("fixedDate", "2026-12-01", "files", "a.json, b/c.json")));
        assertEquals(List.of("sshPort = 9000"), Karaf.withValues(List.of("sshPort = 8101"),
                Map.of("sshPort", "9000")));
    }

    @Test
    public void percentilesAreTakenFromEveryMeasuredAnswer() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (i + 1) * 1_000_000L;
        }
        HttpLoad.Result r = new HttpLoad.Result("/", 1, 100, 0, 2.0, 1000, nanos);
        assertEquals(50.0, r.perSecond(), 1e-9);
        assertEquals(50.0, r.percentileMs(50), 1e-9);
        assertEquals(99.0, r.percentileMs(99), 1e-9);
        assertEquals(100.0, r.percentileMs(100), 1e-9);
        assertFalse(Double.isNaN(r.percentileMs(1)));
    }
}

package se.avtalsvakt.plugin.casefile.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
import se.avtalsvakt.api.deadline.KindText;

public class CaseFileChannelTest {

    /** The kind's text as the agreement bundle's catalogue gives it (alerting hands it over with the alert). */
    static final KindText NOTICE_DEADLINE = new KindText("Sista dag för uppsägning",
            "Ta ställning till om avtalet ska sägas upp. En uppsägning ska ha kommit fram till motparten senast den "
                    + "praktiska sista dagen; annars förlängs avtalet automatiskt enligt sina villkor.");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private CamelContext camel;

    static Alert alert() {
        return new Alert(7, "agreement", "samarbetsavtal-hjalpmedel", "Samarbetsavtal om hjälpmedel",
                "NOTICE_DEADLINE", LocalDate.of(2028, 9, 30), LocalDate.of(2028, 9, 29), "540",
                LocalDate.of(2027, 4, 8), "politisk-beredningsgrupp", Severity.INFO, "Notice deadline",
                Instant.EPOCH, AlertState.OPEN, null, null, null, null, List.of(), NOTICE_DEADLINE);
    }

    @After
    public void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Test
    public void anAlertBecomesAJsonFileInTheFolderThroughTheRoute() throws Exception {
        Path folder = temp.getRoot().toPath().resolve("import/avtalsvakt");
        camel = CaseFileChannel.start(new DefaultCamelContext(), folder);
        String name = CaseFileChannel.fileName("avtalsvakt-{id}-{subject}-{threshold}.json", alert());
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            producer.requestBodyAndHeader(CaseFileChannel.ENDPOINT, CaseFileChannel.json(alert()),
                    Exchange.FILE_NAME, name);
            // a retried delivery replaces the file
            producer.requestBodyAndHeader(CaseFileChannel.ENDPOINT, CaseFileChannel.json(alert()),
                    Exchange.FILE_NAME, name);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("avtalsvakt-7-samarbetsavtal-hjalpmedel-540.json"),
                    files.map(p -> p.getFileName().toString()).toList());   // no .part left behind
        }
        JsonNode json = new ObjectMapper().readTree(
                Files.readString(folder.resolve("avtalsvakt-7-samarbetsavtal-hjalpmedel-540.json"),
                        StandardCharsets.UTF_8));
        assertEquals(7, json.get("id").asLong());
        assertEquals("2028-09-29", json.get("practicalDate").asText());
        assertEquals("NOTICE_DEADLINE", json.get("kind").asText());
        assertEquals("politisk-beredningsgrupp", json.get("addressee").asText());
        assertEquals("Samarbetsavtal om hjälpmedel", json.get("subjectTitle").asText());
        assertTrue(json.get("title").asText().startsWith("[Avtalsvakt] Sista dag för uppsägning om 540 dagar"));
        assertTrue(json.get("deliveries") == null);
    }

    @Test
    public void theFileNamePatternIsCheckedAndItsValuesMadeSafe() {
        assertEquals("7-NOTICE_DEADLINE-2027-04-08.json",
                CaseFileChannel.fileName("{id}-{kind}-{raisedFor}.json", alert()));
        Alert odd = new Alert(8, "x", "a/b c", "t", "K", LocalDate.EPOCH, LocalDate.EPOCH, "0", LocalDate.EPOCH,
                "o", Severity.INFO, "d", Instant.EPOCH, AlertState.OPEN, null, null, null, null, List.of());
        assertEquals("a-b-c.json", CaseFileChannel.fileName("{subject}.json", odd));
        assertEquals("fileName: unknown placeholder {date}",
                assertThrows(IllegalArgumentException.class, () -> CaseFileChannel.checkedPattern("{date}.json"))
                        .getMessage());
        assertEquals("fileName: must be a name, not a path",
                assertThrows(IllegalArgumentException.class, () -> CaseFileChannel.checkedPattern("../x.json"))
                        .getMessage());
    }
}

package se.avtalsvakt.api.alert;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.avtalsvakt.api.deadline.KindText;
import se.avtalsvakt.api.json.Json;

/** The one JSON shape of an alert, as the webhook posts it and the case-file plug-in writes it. */
public class AlertDocumentTest {

    private static final Alert ALERT = new Alert(7, "agreement", "samarbetsavtal-hjalpmedel",
            "Samarbetsavtal om hjälpmedel", "NOTICE_DEADLINE", LocalDate.of(2028, 9, 30), LocalDate.of(2028, 9, 29),
            "540", LocalDate.of(2027, 4, 8), "politisk-beredningsgrupp", Severity.INFO, "Sista dag att säga upp",
            Instant.parse("2027-04-08T00:15:00.120Z"), AlertState.OPEN, null, null, null, null,
            List.of(new Delivery("log", DeliveryState.DELIVERED, 1, null, null, Instant.EPOCH)),
            new KindText("Sista dag för uppsägning", "Ta ställning till om avtalet ska sägas upp."));

    @Test
    public void theDocumentHasTheAlertsFieldsItsSwedishTextAndNoDeliveries() throws Exception {
        JsonNode json = Json.mapper().readTree(AlertDocument.of(ALERT).toJson());
        List<String> fields = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("title", "text", "id", "source", "subject", "subjectTitle", "kind", "kindLabel",
                "action", "dueDate", "practicalDate", "threshold", "raisedFor", "addressee", "severity",
                "description", "createdAt", "state", "acknowledgedBy", "acknowledgedAt", "resolvedAt",
                "resolution"), fields);
        assertEquals("[Avtalsvakt] Sista dag för uppsägning om 540 dagar, 2028-09-29: Samarbetsavtal om hjälpmedel",
                json.get("title").asText());
        assertTrue(json.get("text").asText().contains("Ta ställning till om avtalet ska sägas upp."));
        assertEquals(7, json.get("id").asLong());
        assertEquals("2028-09-30", json.get("dueDate").asText());
        assertEquals("2028-09-29", json.get("practicalDate").asText());
        assertEquals("2027-04-08", json.get("raisedFor").asText());
        assertEquals("2027-04-08T00:15:00.120Z", json.get("createdAt").asText());
        assertEquals("INFO", json.get("severity").asText());
        assertEquals("OPEN", json.get("state").asText());
        assertEquals("Sista dag för uppsägning", json.get("kindLabel").asText());
        assertTrue(json.get("acknowledgedBy").isNull());
        assertFalse(json.has("deliveries"));
    }
}

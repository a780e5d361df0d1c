package se.avtalsvakt.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Generated reference data in the platform's exchange formats (docs/reference-data.md): agreements for the
 * agreement register, obligation plans for the evaluation bundle. Loaded by pointing the bundles' reference-data
 * configuration at the files, the way an operator loads a region's register.
 */
final class ExchangeFiles {

    private ExchangeFiles() {
    }

    static String agreementId(int i) {
        return String.format("volym-%06d", i);
    }

    /**
     * {@code n} agreements between two care providers each, owned by {@code ownerBody}, auto-extended yearly with
     * three months' notice, their first terms ending spread over three years around {@code today}. The file also
     * holds {@code organisations} (the registered ones: the loader keeps registered ids as they are).
     */
    static Path agreements(Path file, int n, List<JsonNode> organisations, List<String> careProviders,
                           String ownerBody, LocalDate today) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = Api.JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("formatVersion", 1);
            g.writeArrayFieldStart("organisations");
            for (JsonNode o : organisations) {
                g.writeStartObject();
                g.writeStringField("id", o.path("id").asText());
                g.writeStringField("name", o.path("name").asText());
                g.writeStringField("kind", o.path("kind").asText());
                g.writeStringField("parent", o.path("parent").isNull() ? null : o.path("parent").asText(null));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("agreements");
            for (int i = 1; i <= n; i++) {
                g.writeStartObject();
                g.writeStringField("id", agreementId(i));
                g.writeStringField("title", "Samverkansavtal nr " + i + " om hjälpmedel");
                g.writeStringField("kind", "COOPERATION_AGREEMENT");
                g.writeNullField("diaryNumber");
                g.writeArrayFieldStart("parties");
                int n1 = careProviders.size();
                int first = i % n1;
                // a second care provider other than the first: an offset of 1 … n-1
                int second = (first + 1 + (i / n1) % (n1 - 1)) % n1;
                for (String p : List.of(careProviders.get(first), careProviders.get(second))) {
                    g.writeStartObject();
                    g.writeStringField("organisation", p);
                    g.writeStringField("role", "CARE_PROVIDER");
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("ownerBody", ownerBody);
                LocalDate termEnd = today.minusDays(365).plusDays(i % 1095);
                g.writeStringField("start", termEnd.minusYears(3).plusDays(1).toString());
                g.writeStringField("firstTermEnd", termEnd.toString());
                g.writeObjectFieldStart("renewal");
                g.writeStringField("type", "AUTO_EXTEND");
                g.writeStringField("period", "P1Y");
                g.writeStringField("noticePeriod", "P3M");
                g.writeBooleanField("writtenNoticeRequired", true);
                g.writeEndObject();
                g.writeBooleanField("renegotiationAnyTime", false);
                g.writeBooleanField("referenceOnly", false);
                g.writeArrayFieldStart("references");
                g.writeEndArray();
                g.writeNullField("notes");
                g.writeArrayFieldStart("specifications");
                g.writeEndArray();
                g.writeArrayFieldStart("terminationNotices");
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return file;
    }

    /** One recurring follow-up per agreement ({@code every}, e.g. P3M), the responsible being {@code ownerBody}. */
    static Path plans(Path file, int n, String ownerBody, String every, LocalDate today) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = Api.JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("plans");
            for (int i = 1; i <= n; i++) {
                g.writeStartObject();
                g.writeStringField("id", "uppfoljning-" + agreementId(i));
                g.writeStringField("title", "Uppföljning av samverkansavtal nr " + i);
                g.writeStringField("kind", "FOLLOW_UP");
                g.writeStringField("agreement", agreementId(i));
                g.writeStringField("responsible", ownerBody);
                g.writeStringField("type", "RECURRING");
                g.writeStringField("anchor", today.minusYears(2).plusDays(i % 90).toString());
                g.writeStringField("every", every);
                g.writeBooleanField("stopsAtNotice", false);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return file;
    }
}

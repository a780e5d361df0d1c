package se.avtalsvakt.reporting.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportRenderer;
import se.avtalsvakt.api.report.ReportSection;

/**
 * JSON: {@code {kind, title, generatedOn, parameters, sections: [{title, note, columns, rows}]}}, each row an object
 * keyed by the columns' keys; amounts and shares as decimal strings (exact), counts as numbers.
 */
@Component(service = ReportRenderer.class)
public class JsonRenderer implements ReportRenderer {

    private static final ObjectMapper MAPPER = Json.mapper();
    /** Values into the report's generator without a flush after each (one flush at the end) */
    private static final ObjectWriter VALUES = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String contentType() {
        return "application/json; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    /** Writes the report as it goes: the head, then each section's rows one at a time; flushed, not closed. */
    @Override
    public void render(Report report, OutputStream out) throws IOException {
        JsonGenerator json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("kind", report.kind());
        json.writeStringField("title", report.title());
        json.writeFieldName("generatedOn");
        VALUES.writeValue(json, report.generatedOn());
        json.writeFieldName("parameters");
        VALUES.writeValue(json, report.parameters());
        json.writeArrayFieldStart("sections");
        for (ReportSection s : report.sections()) {
            json.writeStartObject();
            json.writeStringField("title", s.title());
            json.writeStringField("note", s.note());
            json.writeFieldName("columns");
            VALUES.writeValue(json, s.columns());
            json.writeArrayFieldStart("rows");
            for (List<Object> row : s.rows()) {
                VALUES.writeValue(json, row(s, row));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    /** @return the report as maps and lists, the shape of the JSON */
    public static Map<String, Object> tree(Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", report.kind());
        out.put("title", report.title());
        out.put("generatedOn", report.generatedOn());
        out.put("parameters", report.parameters());
        out.put("sections", report.sections().stream().map(JsonRenderer::section).toList());
        return out;
    }

    private static Map<String, Object> section(ReportSection s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", s.title());
        out.put("note", s.note());
        out.put("columns", s.columns());
        out.put("rows", s.rows().stream().map(row -> row(s, row)).toList());
        return out;
    }

    /** @return a row as an object keyed by the columns' keys; amounts as decimal strings */
    private static Map<String, Object> row(ReportSection s, List<Object> row) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 0; i < s.columns().size(); i++) {
            Object v = row.get(i);
            r.put(s.columns().get(i).key(), v instanceof BigDecimal d ? d.toPlainString() : v);
        }
        return r;
    }

}

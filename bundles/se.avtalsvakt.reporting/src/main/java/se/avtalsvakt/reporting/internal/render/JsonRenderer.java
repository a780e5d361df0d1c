package se.avtalsvakt.reporting.internal.render;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    @Override
    public byte[] render(Report report) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report " + report.kind() + " could not be written as JSON", e);
        }
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
        out.put("rows", s.rows().stream().map(row -> {
            Map<String, Object> r = new LinkedHashMap<>();
            for (int i = 0; i < s.columns().size(); i++) {
                Object v = row.get(i);
                r.put(s.columns().get(i).key(), v instanceof BigDecimal d ? d.toPlainString() : v);
            }
            return r;
        }).toList());
        return out;
    }

}

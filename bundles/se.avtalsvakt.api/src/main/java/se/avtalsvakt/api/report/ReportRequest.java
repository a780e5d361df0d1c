package se.avtalsvakt.api.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a report is asked for; a null field means "not given" and each report picks its own default.
 *
 * @param kind         the report, e.g. {@code deadlines}
 * @param year         the calendar year, or null
 * @param from         the first day of the window, or null
 * @param to           the last day of the window, or null
 * @param organisation only what concerns this organisation, or null
 * @param body         only what concerns this body, or null
 * @param agreement    only what concerns this agreement, or null
 * @param options      further parameters a report understands (e.g. {@code netResults}); never null
 * @param attachment   an uploaded text file the report reads (e.g. cost data as CSV), or null
 */
public record ReportRequest(String kind, Integer year, LocalDate from, LocalDate to, String organisation,
                            String body, String agreement, Map<String, String> options, String attachment) {

    public ReportRequest {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** @return a request for a kind with nothing else given */
    public static ReportRequest of(String kind) {
        return new ReportRequest(kind, null, null, null, null, null, null, Map.of(), null);
    }

    /** @return this request for another year */
    public ReportRequest withYear(Integer newYear) {
        return new ReportRequest(kind, newYear, from, to, organisation, body, agreement, options, attachment);
    }
}

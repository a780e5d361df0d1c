package se.avtalsvakt.api.report;

import java.util.List;

/**
 * An installed report, as listed.
 *
 * @param kind       its kind, e.g. {@code deadlines}
 * @param title      its title, in Swedish
 * @param formats    the formats it can be had in
 * @param parameters the parameters it understands
 */
public record ReportInfo(String kind, String title, List<String> formats, List<String> parameters) {

    public ReportInfo {
        formats = formats == null ? List.of() : List.copyOf(formats);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}

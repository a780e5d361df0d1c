package se.avtalsvakt.api.report;

import java.util.List;

/**
 * A report. Register an implementation as an OSGi service (whiteboard) and it is listed by
 * {@code GET /api/v1/reports} and {@code report:list}, and can be run in every installed format.
 * A plug-in bundle adds a report this way. Read data only through the api bundle's services.
 */
public interface ReportProvider {

    /** @return the report's kind: a slug, unique on the platform, used in URLs, e.g. {@code deadlines} */
    String kind();

    /** @return its title, in Swedish */
    String title();

    /** @return the request parameters it understands, e.g. {@code year}, {@code from}, {@code organisation} */
    List<String> parameters();

    /**
     * @param request what is asked for
     * @return the report
     * @throws se.avtalsvakt.api.ValidationException naming the parameter if the request is wrong
     */
    Report build(ReportRequest request);
}

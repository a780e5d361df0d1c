package se.avtalsvakt.api.report;

/**
 * A format reports can be rendered in. Register an implementation as an OSGi service (whiteboard) and every report
 * can be asked for in it ({@code ?format=<format>}, {@code report:run --format <format>}). The platform brings
 * {@code json}, {@code csv} and {@code pdf}; a plug-in bundle adds another (e.g. {@code xlsx}) this way. A renderer
 * registered with a higher {@code service.ranking} replaces a built-in one of the same format.
 */
public interface ReportRenderer {

    /** @return the format's name, lower case, e.g. {@code csv} */
    String format();

    /** @return the media type of the output, e.g. {@code text/csv; charset=UTF-8} */
    String contentType();

    /** @return the file name extension without the dot, e.g. {@code csv} */
    String fileExtension();

    /**
     * @param report the report
     * @return the rendered bytes
     */
    byte[] render(Report report);
}

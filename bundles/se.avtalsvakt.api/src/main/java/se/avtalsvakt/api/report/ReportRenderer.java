package se.avtalsvakt.api.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A format reports can be rendered in. Register an implementation as an OSGi service (whiteboard) and every report
 * can be asked for in it ({@code ?format=<format>}, {@code report:run --format <format>}). The platform brings
 * {@code json}, {@code csv} and {@code pdf}; a plug-in bundle adds another (e.g. {@code xlsx}) this way. A renderer
 * registered with a higher {@code service.ranking} replaces a built-in one of the same format.
 *
 * <p>Implement {@link #render(Report, OutputStream)}, which writes as it goes (the platform's renderers do, so a
 * long report is streamed to the caller), or, for a library that only gives bytes, {@link #render(Report)}; each
 * one's default calls the other.
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
     * @param out    where to write it, as it is rendered; flushed, not closed
     */
    default void render(Report report, OutputStream out) throws IOException {
        out.write(render(report));
        out.flush();
    }

    /**
     * @param report the report
     * @return the rendered bytes
     */
    default byte[] render(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            render(report, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

package se.avtalsvakt.api.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A report in a format, ready to be sent or saved. It is written when asked ({@link #write(OutputStream)}), straight
 * to the response or the file, so that a long report is never held whole in memory; {@link #content()} gives the
 * bytes for the few callers that want them.
 *
 * @param fileName    a file name for it, e.g. {@code avtalsvakt-deadlines-2026.csv}
 * @param contentType its media type
 * @param body        what writes it
 */
public record RenderedReport(String fileName, String contentType, Body body) {

    /** Writes a rendered report. */
    @FunctionalInterface
    public interface Body {

        /**
         * @param out where to write; left open
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** A report already rendered to bytes. */
    public RenderedReport(String fileName, String contentType, byte[] content) {
        this(fileName, contentType, out -> out.write(content));
    }

    /** Writes the report to {@code out}, leaving it open. */
    public void write(OutputStream out) throws IOException {
        body.writeTo(out);
    }

    /** @return the report's bytes, rendered now (for a short report; stream a long one with {@link #write}) */
    public byte[] content() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

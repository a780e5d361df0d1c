package se.avtalsvakt.api.report;

/**
 * A report in a format, ready to be sent or saved.
 *
 * @param fileName    a file name for it, e.g. {@code avtalsvakt-deadlines-2026.csv}
 * @param contentType its media type
 * @param content     its bytes
 */
public record RenderedReport(String fileName, String contentType, byte[] content) {
}

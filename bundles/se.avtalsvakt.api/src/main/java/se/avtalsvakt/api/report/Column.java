package se.avtalsvakt.api.report;

/**
 * A column of a {@link ReportSection}.
 *
 * @param key   machine name, the key in JSON, e.g. {@code careProvider}
 * @param title the heading for people, in Swedish, e.g. {@code Vårdgivare}
 */
public record Column(String key, String title) {
}

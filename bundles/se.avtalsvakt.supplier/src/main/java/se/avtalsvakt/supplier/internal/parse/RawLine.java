package se.avtalsvakt.supplier.internal.parse;

import java.util.Map;

/**
 * One line (CSV) or record (JSON) as read, before validation.
 *
 * @param line   its line number (the CSV header is line 1) or position (JSON, from 1)
 * @param values column name to trimmed text; absent for missing fields
 * @param error  why the line as a whole cannot be read (wrong column count, not an object), or null
 */
public record RawLine(long line, Map<String, String> values, String error) {
}

package se.avtalsvakt.api.supplier;

/**
 * A line of a file that was refused. The reason never repeats a value that looks like a personal identity number.
 *
 * @param line   the line number in the file (the header is line 1); for JSON, the record's position (from 1)
 * @param field  the column, or empty when the line as a whole is wrong
 * @param reason why, in a sentence the supplier can act on
 */
public record LineError(long line, String field, String reason) {
}

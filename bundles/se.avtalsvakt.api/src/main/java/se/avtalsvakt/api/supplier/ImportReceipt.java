package se.avtalsvakt.api.supplier;

import java.time.Instant;
import java.util.List;

/**
 * What became of one file. {@code read = stored + duplicates + corrected + rejected} for a completed import.
 *
 * @param id         the receipt's id
 * @param supplier   the supplier's organisation id
 * @param type       the kind of records in the file
 * @param source     where the file came from: its file name, or {@code http} for a REST upload
 * @param receivedAt when the import started
 * @param status     how it ended
 * @param read       lines (records) read, not counting the header and empty lines
 * @param stored     new records stored
 * @param duplicates records already stored with the same content (nothing changed)
 * @param corrected  records already stored with other content: stored as corrections, the old content kept
 * @param rejected   lines refused
 * @param errors     why each refused line was refused; for a failed import, the reason of the failure (line 0)
 */
public record ImportReceipt(long id, String supplier, RecordType type, String source, Instant receivedAt,
        ImportStatus status, long read, long stored, long duplicates, long corrected, long rejected,
        List<LineError> errors) {

    public ImportReceipt {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}

package se.avtalsvakt.supplier.internal.parse;

import java.io.InputStream;
import java.util.Iterator;

import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.UnreadableFileException;

/**
 * Reads a file line by line, streaming: nothing but the current line is held. Throws
 * {@link UnreadableFileException} (from the constructor or while iterating) when the file cannot be read at all.
 */
public interface RecordReader extends Iterator<RawLine>, AutoCloseable {

    @Override
    void close();

    /** @return a reader of {@code content} in {@code format} for records of {@code type} */
    static RecordReader open(Format format, RecordType type, InputStream content) {
        return format == Format.JSON ? new JsonRecordReader(type, content) : new CsvRecordReader(type, content);
    }
}

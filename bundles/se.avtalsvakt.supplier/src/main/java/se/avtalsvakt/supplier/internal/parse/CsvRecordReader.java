package se.avtalsvakt.supplier.internal.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.avtalsvakt.api.PersonalIdentityNumbers;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.UnreadableFileException;

/**
 * CSV as the suppliers send it: UTF-8 (a byte order mark is skipped; anything not UTF-8 makes the file unreadable),
 * {@code ;} between fields, double quotes around fields that need them, a header row naming exactly the type's
 * columns in any order, empty lines ignored.
 */
final class CsvRecordReader implements RecordReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .build();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private RawLine next;

    CsvRecordReader(RecordType type, InputStream content) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            parser = FORMAT.parse(reader);
            records = parser.iterator();
            header = readHeader(type);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e, 1);
        }
    }

    private List<String> readHeader(RecordType type) {
        CSVRecord first = nextRecord();
        if (first == null) {
            throw new UnreadableFileException("the file is empty: expected the header "
                    + String.join(";", type.columns()));
        }
        List<String> names = new ArrayList<>();
        for (String name : first) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
        Set<String> expected = new HashSet<>(type.columns());
        if (names.size() != expected.size() || !expected.equals(new HashSet<>(names))) {
            throw new UnreadableFileException("line 1: the header must name the columns "
                    + String.join(";", type.columns()) + " (any order); found " + abbreviate(String.join(";", names)));
        }
        return names;
    }

    private static String abbreviate(String text) {
        String shown = PersonalIdentityNumbers.containsOne(text) ? "a header with a personal identity number" : text;
        return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
    }

    private CSVRecord nextRecord() {
        try {
            while (records.hasNext()) {
                CSVRecord r = records.next();
                if (!isBlank(r)) {
                    return r;
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e, parser.getCurrentLineNumber() + 1);
        }
    }

    private static boolean isBlank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static UnreadableFileException unreadable(Exception e, long line) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CharacterCodingException || cause != null
                && cause.getCause() instanceof CharacterCodingException) {
            return new UnreadableFileException("near line " + line + ": the file is not UTF-8", e);
        }
        // commons-csv's messages may quote the line: say only where
        return new UnreadableFileException("near line " + line + ": the CSV cannot be read (quotes not closed?)", e);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            CSVRecord r = nextRecord();
            if (r != null) {
                next = toLine(r);
            }
        }
        return next != null;
    }

    private RawLine toLine(CSVRecord r) {
        // the line number the parser has reached is the record's last line (records do not span lines here)
        long line = parser.getCurrentLineNumber();
        if (r.size() != header.size()) {
            return new RawLine(line, Map.of(), "expected " + header.size() + " columns separated by ';', found "
                    + r.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), r.get(i));
        }
        return new RawLine(line, values, null);
    }

    @Override
    public RawLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawLine line = next;
        next = null;
        return line;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // closing a stream only read from: nothing lost
        }
    }
}

package se.avtalsvakt.supplier.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.avtalsvakt.api.PersonalIdentityNumbers;
import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.UnreadableFileException;

/**
 * JSON as the suppliers send it: an array of objects whose field names are the CSV's column names; values are
 * strings or numbers. Streamed: one object at a time. A record's "line" is its position in the array, from 1.
 */
final class JsonRecordReader implements RecordReader {

    // the platform's setting. Records are read as trees and checked field by field like CSV lines, so an unknown
    // field refuses its record (with the line's other problems), not the whole file as the mapper would
    private static final ObjectMapper MAPPER = Json.mapper();

    private final RecordType type;
    private final JsonParser parser;
    private long position;
    private RawLine next;
    private boolean done;

    JsonRecordReader(RecordType type, InputStream content) {
        this.type = type;
        try {
            parser = MAPPER.getFactory().createParser(content);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new UnreadableFileException("expected a JSON array of " + type.path() + " records");
            }
        } catch (IOException e) {
            throw new UnreadableFileException("not JSON: " + safe(e), e);
        }
    }

    /** Jackson's message without the quoted source: it could hold a personal identity number. */
    private static String safe(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        int quote = m.indexOf('\'');
        return (quote > 0 ? m.substring(0, quote).trim() : m) + " (at line "
                + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                        ? j.getLocation().getLineNr() : -1) + ")";
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = read();
        }
        return next != null;
    }

    private RawLine read() {
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                done = true;
                return null;
            }
            position++;
            JsonNode node = MAPPER.readTree(parser);
            if (!node.isObject()) {
                return new RawLine(position, Map.of(), "expected an object with the fields "
                        + String.join(", ", type.columns()));
            }
            Map<String, String> values = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode v = f.getValue();
                if (v.isNull()) {
                    continue;
                }
                if (!v.isValueNode()) {
                    return new RawLine(position, Map.of(), "field " + (PersonalIdentityNumbers.containsOne(f.getKey())
                            ? "(not shown)" : f.getKey()) + " must be a string or a number");
                }
                values.put(f.getKey(), v.asText().trim());
            }
            for (String name : values.keySet()) {
                if (!type.columns().contains(name)) {
                    String shown = PersonalIdentityNumbers.containsOne(name) ? "(not shown)" : name;
                    return new RawLine(position, Map.of(), "unknown field " + shown + "; expected "
                            + String.join(", ", type.columns()));
                }
            }
            return new RawLine(position, values, null);
        } catch (IOException e) {
            throw new UnreadableFileException("record " + (position) + ": not JSON: " + safe(e), e);
        }
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
            // only read from: nothing lost
        }
    }
}

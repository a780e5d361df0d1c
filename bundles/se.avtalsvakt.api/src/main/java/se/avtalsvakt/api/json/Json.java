package se.avtalsvakt.api.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.avtalsvakt.api.ValidationException;

/**
 * The platform's one JSON setting, for every bundle that reads or writes JSON (the REST API, exchange files,
 * reference data, alert channels, reports): ISO dates and periods as strings, unknown fields refused on input.
 * Each caller gets its own mapper, so no bundle can change another's.
 */
public final class Json {

    private static final ObjectMapper SHARED = mapper();

    private Json() {
    }

    /** @return a new mapper with the platform's settings; configure it further only for your own use */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Reads one JSON value.
     *
     * @throws ValidationException naming the field that could not be read, or saying the input is empty or
     *                             not JSON
     */
    public static <T> T read(InputStream in, Class<T> type) {
        try {
            T value = SHARED.readValue(in, type);
            if (value == null) {
                throw new ValidationException("", "the body is empty: send a JSON object");
            }
            return value;
        } catch (JsonMappingException e) {
            throw invalid(e);
        } catch (JsonProcessingException e) {
            throw new ValidationException("", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ValidationException("", "the input could not be read: " + e.getMessage());
        }
    }

    /** @return the problem of a value that could not be mapped, at its path ({@code parties[2].id}) */
    public static ValidationException invalid(JsonMappingException e) {
        if (e.getPath().isEmpty() && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("No content to map")) {
            return new ValidationException("", "the body is empty: send a JSON object");
        }
        return new ValidationException(path(e), e.getOriginalMessage());
    }

    /** @return the path of the field a mapping exception is about, e.g. {@code parties[2].id}; empty at the root */
    public static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}

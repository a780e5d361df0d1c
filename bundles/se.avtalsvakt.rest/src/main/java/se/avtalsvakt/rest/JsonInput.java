package se.avtalsvakt.rest;

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
 * Reads JSON input (request bodies, a plug-in's reference data files) into records, the way the platform does:
 * ISO dates, unknown fields refused, and a bad field becomes a {@link ValidationException} naming its path.
 */
public final class JsonInput {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonInput() {
    }

    /**
     * Reads a request's JSON body.
     *
     * @throws UnsupportedMediaTypeException unless the body is {@code application/json} (or {@code +json})
     * @throws ValidationException naming the field that could not be read
     */
    public static <T> T body(RestRequest request, Class<T> type) {
        requireJson(request);
        return read(request.body(), type);
    }

    /** @throws UnsupportedMediaTypeException unless the request's body is {@code application/json} (or {@code +json}) */
    public static void requireJson(RestRequest request) {
        String contentType = request.contentType().orElse("");
        if (!contentType.equals("application/json") && !contentType.endsWith("+json")) {
            throw new UnsupportedMediaTypeException("send the body as application/json"
                    + (contentType.isEmpty() ? "" : ", not " + contentType));
        }
    }

    /** @throws ValidationException naming the field that could not be read */
    public static <T> T read(InputStream in, Class<T> type) {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new ValidationException("", "the body is empty: send a JSON object");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new ValidationException(path(e), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ValidationException("", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ValidationException("", "the body could not be read: " + e.getMessage());
        }
    }

    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}

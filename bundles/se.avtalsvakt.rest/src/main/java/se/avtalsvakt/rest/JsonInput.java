package se.avtalsvakt.rest;

import java.io.InputStream;


import se.avtalsvakt.api.json.Json;

/**
 * Reads JSON input (request bodies, a plug-in's reference data files) into records, the way the platform does:
 * ISO dates, unknown fields refused, and a bad field becomes a {@link se.avtalsvakt.api.ValidationException} naming its path.
 */
public final class JsonInput {

    private JsonInput() {
    }

    /**
     * Reads a request's JSON body.
     *
     * @throws UnsupportedMediaTypeException unless the body is {@code application/json} (or {@code +json})
     * @throws se.avtalsvakt.api.ValidationException naming the field that could not be read
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

    /**
     * @throws se.avtalsvakt.api.ValidationException naming the field that could not be read
     * @deprecated use {@link Json#read(InputStream, Class)}
     */
    @Deprecated
    public static <T> T read(InputStream in, Class<T> type) {
        return Json.read(in, type);
    }
}

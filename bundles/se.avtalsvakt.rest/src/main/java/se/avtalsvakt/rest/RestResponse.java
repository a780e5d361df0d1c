package se.avtalsvakt.rest;

import java.util.Map;

/**
 * What a route answers.
 *
 * @param status      the HTTP status
 * @param body        written as JSON; a {@link Raw} is written as it is; null for no body
 * @param headers     extra headers, e.g. Location
 */
public record RestResponse(int status, Object body, Map<String, String> headers) {

    public RestResponse {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** 200 with a JSON body. */
    public static RestResponse ok(Object body) {
        return new RestResponse(200, body, Map.of());
    }

    /** 201 with a Location (a path below the server root, e.g. {@code /api/v1/agreements/x}) and a JSON body. */
    public static RestResponse created(String location, Object body) {
        return new RestResponse(201, body, Map.of("Location", location));
    }

    /** 204. */
    public static RestResponse noContent() {
        return new RestResponse(204, null, Map.of());
    }

    /**
     * A body written as it is.
     *
     * @param contentType its media type, e.g. {@code text/csv; charset=UTF-8}
     * @param content     the bytes
     */
    public record Raw(String contentType, byte[] content) {
    }
}

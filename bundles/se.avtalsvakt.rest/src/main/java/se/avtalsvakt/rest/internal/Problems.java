package se.avtalsvakt.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

import se.avtalsvakt.api.Problem;

/** RFC 9457 problem details ({@code application/problem+json}), the body of every error the API answers. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static Response.ResponseBuilder response(int status, String title, String detail) {
        return response(status, title, detail, null);
    }

    static Response.ResponseBuilder response(int status, String title, String detail, List<Problem> errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(status, title, detail, errors));
    }

    static Map<String, Object> body(int status, String title, String detail, List<Problem> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (errors != null) {
            body.put("errors", errors.stream()
                    .map(p -> Map.of("path", p.path(), "message", p.message())).toList());
        }
        return body;
    }
}

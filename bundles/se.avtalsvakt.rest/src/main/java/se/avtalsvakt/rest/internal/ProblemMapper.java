package se.avtalsvakt.rest.internal;

import java.util.List;
import java.util.Optional;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.json.Json;

/**
 * Every error the API answers, as problem details: 400 with a path per problem (bad input, a body that is not
 * the expected JSON, a parameter that does not convert), 404, 405 with {@code Allow}, 409, 413 (a body over the
 * path's limit, however deeply wrapped), 415, 503 with
 * {@code Retry-After} for a path whose bundle is still starting, and 500, logged, for anything unexpected.
 */
final class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final PathOwners owners;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Context
    private Request request;

    ProblemMapper(PathOwners owners) {
        this.owners = owners;
    }

    @Override
    public Response toResponse(Throwable e) {
        Response known = known(e);
        if (known != null) {
            return known;
        }
        if (e instanceof WebApplicationException w) {
            return webApplication(w);
        }
        LOG.error("{} failed", path(), e);
        return Problems.response(500, "Internal Server Error",
                "the server failed to answer; the error is in the platform log").build();
    }

    /** @return the answer for the platform's own exceptions and for unreadable JSON, wherever wrapped; or null */
    private static Response known(Throwable e) {
        // first a body over its limit, however a reader wrapped it (Jackson makes it a mapping problem of a field)
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge.getResponse();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ValidationException v) {
                return invalid(v);
            }
            if (t instanceof se.avtalsvakt.api.NotFoundException n) {
                return Problems.response(404, "Not Found", n.getMessage()).build();
            }
            if (t instanceof ConflictException c) {
                return Problems.response(409, "Conflict", c.getMessage()).build();
            }
            if (t instanceof JsonMappingException m) {
                return invalid(Json.invalid(m));
            }
            if (t instanceof JsonProcessingException p) {
                return invalid(new ValidationException("", "not valid JSON: " + p.getOriginalMessage()));
            }
        }
        return null;
    }

    private static Response invalid(ValidationException v) {
        return Problems.response(400, "Invalid input", v.getMessage(), v.problems()).build();
    }

    private Response webApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            Optional<String> starting = owners.startingOwnerOf(relativePath());
            if (starting.isPresent()) {
                return Problems.response(503, "Service Unavailable", "this part of the platform ("
                        + starting.get() + ") is starting; try again in a few seconds")
                        .header(HttpHeaders.RETRY_AFTER, PathOwners.RETRY_AFTER_SECONDS).build();
            }
            return Problems.response(404, "Not Found", "no resource at " + path()).build();
        }
        if (e instanceof NotAllowedException) {
            List<String> allowed = e.getResponse().getStringHeaders().get(HttpHeaders.ALLOW);
            String allow = allowed == null ? "" : String.join(", ", allowed);
            return Problems.response(405, "Method Not Allowed", method() + " is not allowed here"
                    + (allow.isEmpty() ? "" : "; use " + allow)).header(HttpHeaders.ALLOW, allow).build();
        }
        if (e instanceof NotSupportedException) {
            String type = headers == null || headers.getMediaType() == null ? "" : headers.getMediaType().toString();
            return Problems.response(415, "Unsupported Media Type", "send the body as application/json"
                    + (type.isEmpty() ? "" : ", not " + type)).build();
        }
        if (status >= 500) {
            LOG.error("{} failed", path(), e);
            return Problems.response(status, "Internal Server Error",
                    "the server failed to answer; the error is in the platform log").build();
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        return Problems.response(status, title, e.getMessage() == null ? title : e.getMessage()).build();
    }

    private String method() {
        try {
            return request == null ? "this method" : request.getMethod();
        } catch (RuntimeException e) {
            return "this method";
        }
    }

    private String path() {
        try {
            return uri == null ? "this path" : uri.getRequestUri().getPath();
        } catch (RuntimeException e) {
            return "this path";
        }
    }

    private String relativePath() {
        try {
            return uri == null ? "" : uri.getPath();
        } catch (RuntimeException e) {
            return "";
        }
    }
}

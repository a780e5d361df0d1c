package se.avtalsvakt.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/**
 * A request body over the path's limit: 413 as problem details, and the connection closed after the answer, so
 * that the server does not read the rest of the body only to throw it away.
 */
final class BodyTooLargeException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    static final int STATUS = 413;

    BodyTooLargeException(long limit) {
        super(detail(limit), response(limit));
    }

    static String detail(long limit) {
        return "the request body is larger than the " + BodyLimits.describe(limit) + " accepted here";
    }

    static Response response(long limit) {
        return Problems.response(STATUS, "Payload Too Large", detail(limit)).header("Connection", "close")
                .build();
    }
}

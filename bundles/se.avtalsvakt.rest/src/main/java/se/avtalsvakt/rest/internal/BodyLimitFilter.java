package se.avtalsvakt.rest.internal;

import java.util.function.Supplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

/**
 * The outer guard on request bodies, before login and before anything reads the body: a {@code Content-Length}
 * over the path's limit is answered 413 at once, without reading; a body without a length (chunked) is read
 * through a {@link LimitedInputStream}, so that whatever reads it gets 413 as soon as it passes the limit. The
 * bundles that take uploads keep their own, smaller limits inside this one.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class BodyLimitFilter implements ContainerRequestFilter {

    private final Supplier<BodyLimits> limits;

    BodyLimitFilter(Supplier<BodyLimits> limits) {
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limits.get().limitFor(request.getUriInfo().getPath());
        long length = length(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (length > limit) {
            CxfRequestBody.doNotDrain();
            request.abortWith(BodyTooLargeException.response(limit));
        } else if (length < 0 && request.getEntityStream() != null) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }
    }

    /** @return the declared length, or -1 when there is none (or it is not a number: the server refuses that) */
    static long length(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

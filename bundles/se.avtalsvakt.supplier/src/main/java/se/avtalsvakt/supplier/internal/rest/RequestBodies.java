package se.avtalsvakt.supplier.internal.rest;

import java.io.InputStream;

import org.apache.cxf.io.DelegatingInputStream;

/**
 * Lets go of the rest of a request body that an upload refuses. Before CXF sends any answer it reads up to 16 MiB of
 * a request body nobody read ({@code AbstractHTTPDestination.cacheInput}): a 413 to a client that announced 60 MiB
 * would wait for those bytes (or for the idle timeout) instead of going out at once. Handing CXF an empty stream
 * in place of the rest makes the 413 immediate; the container then closes the connection rather than reading on.
 * Outside CXF (another JAX-RS runtime, tests) nothing happens.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static void abandon(InputStream body) {
        try {
            if (body instanceof DelegatingInputStream delegating) {
                delegating.setInputStream(InputStream.nullInputStream());
            }
        } catch (LinkageError noCxf) {
            // CXF is not the JAX-RS runtime: nothing to let go of
        }
    }
}

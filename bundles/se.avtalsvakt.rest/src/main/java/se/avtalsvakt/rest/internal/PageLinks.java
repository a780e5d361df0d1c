package se.avtalsvakt.rest.internal;

import java.net.URI;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.UriBuilder;

import se.avtalsvakt.api.page.Page;

/**
 * A resource that answers a {@link Page} is answered as a JSON array of the page's items; a next page is linked
 * in a {@code Link} header ({@code rel="next"}, RFC 8288) with the same query and the next {@code cursor}, so a
 * client follows links and never builds cursors itself.
 */
@Priority(Priorities.HEADER_DECORATOR)
final class PageLinks implements ContainerResponseFilter {

    /** The query parameter that carries a page's cursor. */
    static final String CURSOR = "cursor";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Page<?> page)) {
            return;
        }
        response.setEntity(page.items(), response.getEntityAnnotations(), response.getMediaType());
        if (page.next() != null) {
            URI next = nextUri(request.getUriInfo().getRequestUriBuilder(), page.next());
            response.getHeaders().add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
    }

    static URI nextUri(UriBuilder request, String cursor) {
        return request.replaceQueryParam(CURSOR, cursor).build();
    }
}

package se.avtalsvakt.rest.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Role;
import se.avtalsvakt.rest.Route;

/**
 * Serves the {@link RestResource} services that are not JAX-RS resources yet, inside the JAX-RS application (so
 * with its login, JSON and problem details). Any path that no JAX-RS resource claims comes here; JAX-RS prefers
 * literal paths, so a JAX-RS resource always wins over a route.
 */
@Component(service = LegacyRoutes.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + AvtalsvaktApplication.NAME + ")")
@Path("{path: .*}")
@RolesAllowed(Roles.VIEWER)
public class LegacyRoutes {

    private final Router router = new Router();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(RestResource resource) {
        router.add(resource);
    }

    void removeResource(RestResource resource) {
        router.remove(resource);
    }

    @GET
    public Response get(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context SecurityContext security) {
        return dispatch("GET", path, uri, headers, security, InputStream.nullInputStream());
    }

    @POST
    public Response post(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context SecurityContext security, InputStream body) {
        return dispatch("POST", path, uri, headers, security, body);
    }

    @PUT
    public Response put(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context SecurityContext security, InputStream body) {
        return dispatch("PUT", path, uri, headers, security, body);
    }

    @DELETE
    public Response delete(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context SecurityContext security) {
        return dispatch("DELETE", path, uri, headers, security, InputStream.nullInputStream());
    }

    private Response dispatch(String method, String path, UriInfo uri, HttpHeaders headers,
            SecurityContext security, InputStream body) throws javax.ws.rs.WebApplicationException {
        String full = "/v1/" + path;
        Optional<Router.Match> match = router.match(method, full);
        if (match.isEmpty()) {
            List<String> allowed = router.methodsFor(full);
            if (allowed.isEmpty()) {
                throw new NotFoundException();
            }
            throw new NotAllowedException(allowed.get(0), allowed.subList(1, allowed.size()).toArray(String[]::new));
        }
        Route route = match.get().route();
        if (!security.isUserInRole(route.role().roleName())) {
            return Problems.response(403, "Forbidden", "this needs the role '" + route.role().roleName() + "'")
                    .build();
        }
        try {
            return answer(route.handler().handle(new Call(match.get().parameters(), uri, headers, security, body)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response answer(RestResponse response) {
        Response.ResponseBuilder builder = Response.status(response.status());
        response.headers().forEach(builder::header);
        Object body = response.body();
        if (body instanceof RestResponse.Raw raw) {
            builder.entity(raw.content()).type(raw.contentType());
        } else if (body != null) {
            builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return builder.build();
    }

    private record Call(Map<String, String> parameters, UriInfo uri, HttpHeaders headers, SecurityContext security,
            InputStream body) implements RestRequest {

        @Override
        public String path(String name) {
            return parameters.get(name);
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.ofNullable(uri.getQueryParameters().getFirst(name)).map(String::trim)
                    .filter(s -> !s.isEmpty());
        }

        @Override
        public Optional<String> contentType() {
            MediaType type = headers.getMediaType();
            return type == null ? Optional.empty()
                    : Optional.of((type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public String user() {
            return security.getUserPrincipal().getName();
        }

        @Override
        public boolean hasRole(Role role) {
            return security.isUserInRole(role.roleName());
        }
    }
}

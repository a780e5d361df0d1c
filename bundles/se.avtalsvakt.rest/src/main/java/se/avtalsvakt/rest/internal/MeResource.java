package se.avtalsvakt.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/me}: who the caller is logged in as and which roles that gives, so a client (the web
 * dashboard) can check a login and show only what the user may do.
 */
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + AvtalsvaktApplication.NAME + ")")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @GET
    public Me me(@Context SecurityContext security) {
        List<String> roles = Roles.ALL.stream().filter(security::isUserInRole).toList();
        return new Me(security.getUserPrincipal().getName(), roles);
    }

    /** The answer: the user's name and every role the login gives, least first (viewer, operator, admin). */
    public record Me(String user, List<String> roles) {
    }
}

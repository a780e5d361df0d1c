package se.avtalsvakt.rest.internal;

import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Role;
import se.avtalsvakt.rest.Route;

/**
 * {@code GET /api/v1/me}: who the caller is logged in as and which roles that gives, so a client (the web
 * dashboard) can check a login and show only what the user may do.
 */
@Component(service = RestResource.class)
public class MeResource implements RestResource {

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/v1/me", MeResource::me));
    }

    static RestResponse me(RestRequest r) {
        List<String> roles = Arrays.stream(Role.values()).filter(r::hasRole).map(Role::roleName).toList();
        return RestResponse.ok(new Me(r.user(), roles));
    }

    /** The answer: the user's name and every role the login gives, least first (viewer, operator, admin). */
    public record Me(String user, List<String> roles) {
    }
}

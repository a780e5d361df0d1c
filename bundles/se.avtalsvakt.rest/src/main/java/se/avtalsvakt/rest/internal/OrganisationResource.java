package se.avtalsvakt.rest.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;

/** {@code /api/v1/organisations}: the organisation register (read only; organisations are imported). */
@Component(service = RestResource.class)
public class OrganisationResource implements RestResource {

    private final OrganisationService organisations;

    @Activate
    public OrganisationResource(@Reference OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/v1/organisations", this::list),
                Route.get("/v1/organisations/{id}", r -> RestResponse.ok(organisations.find(r.path("id"))
                        .orElseThrow(() -> new NotFoundException("organisation", r.path("id"))))));
    }

    private RestResponse list(RestRequest r) {
        var kind = Bodies.queryEnum(r, "kind", OrganisationKind.class);
        var parent = r.query("parent");
        return RestResponse.ok((kind.isPresent() ? organisations.list(kind.get()) : organisations.list()).stream()
                .filter(o -> parent.isEmpty() || parent.get().equals(o.parent())).toList());
    }
}

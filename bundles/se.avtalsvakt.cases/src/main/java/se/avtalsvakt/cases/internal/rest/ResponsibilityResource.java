package se.avtalsvakt.cases.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.cases.AidPurpose;
import se.avtalsvakt.api.cases.CareSetting;
import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.ResponsibilityRule;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/responsibility}: who is responsible for an aid with a purpose in a setting, by the agreement. */
@Component(service = ResponsibilityResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("responsibility")
@Produces(MediaType.APPLICATION_JSON)
public class ResponsibilityResource {

    private final CaseService cases;

    @Activate
    public ResponsibilityResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @GET
    public ResponsibilityRule lookup(@QueryParam("agreement") String agreement,
            @QueryParam("purpose") AidPurpose purpose, @QueryParam("setting") CareSetting setting) {
        return cases.responsibility(agreement, purpose, setting);
    }

    /** Every rule of an agreement, by purpose and setting. */
    @GET
    @Path("rules")
    public Page<ResponsibilityRule> rules(@QueryParam("agreement") String agreement,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        if (agreement == null) {
            throw new ValidationException("agreement", "is required");
        }
        List<ResponsibilityRule> rules = cases.responsibilities(agreement);
        return Page.slice(rules, PageRequest.of(limit, cursor),
                r -> String.format("%02d%02d", r.purpose().ordinal(), r.setting().ordinal()));
    }
}

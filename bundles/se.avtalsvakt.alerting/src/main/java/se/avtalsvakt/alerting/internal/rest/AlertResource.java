package se.avtalsvakt.alerting.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertFilter;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/alerts}: the alerts raised from every source's deadlines; acknowledge one, or scan now. */
@Component(service = AlertResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final AlertService alerts;

    @Activate
    public AlertResource(@Reference AlertService alerts) {
        this.alerts = alerts;
    }

    /**
     * @return one page of the alerts, newest first (by id): only those in one state, not yet delivered, of one kind
     *         or source, or to one addressee, if asked
     */
    @GET
    public Page<Alert> list(@QueryParam("state") AlertState state, @QueryParam("undelivered") Boolean undelivered,
            @QueryParam("kind") String kind, @QueryParam("source") String source,
            @QueryParam("addressee") String addressee, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return alerts.page(new AlertFilter(state, Boolean.TRUE.equals(undelivered), kind, source, addressee),
                PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public Alert get(@PathParam("id") String id) {
        return alerts.get(id(id));
    }

    /** Acknowledges the alert in the caller's name (an operator's call). */
    @POST
    @Path("{id}/ack")
    public Alert acknowledge(@PathParam("id") String id, @Context SecurityContext security) {
        return alerts.acknowledge(id(id), security.getUserPrincipal().getName());
    }

    /**
     * Asks every deadline source now and raises what is due (an operator's call); {@code confirm=true} is the
     * go-ahead for a scan the guard holds.
     */
    @POST
    @Path("scan")
    public AlertService.ScanResult scan(@QueryParam("confirm") Boolean confirm) {
        return alerts.scan(Boolean.TRUE.equals(confirm));
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("id", "not an alert id (a number): '" + text + "'");
        }
    }
}

package se.avtalsvakt.alerting.internal.rest;

import java.util.List;

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
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.AlertState;

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

    /** @return the alerts, newest first; only those in one state, or only those not yet delivered, if asked */
    @GET
    public List<Alert> list(@QueryParam("state") AlertState state, @QueryParam("undelivered") Boolean undelivered) {
        return alerts.list(state, Boolean.TRUE.equals(undelivered));
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

    /** Asks every deadline source now and raises what is due (an operator's call). */
    @POST
    @Path("scan")
    public AlertService.ScanResult scan() {
        return alerts.scan();
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("id", "not an alert id (a number): '" + text + "'");
        }
    }
}

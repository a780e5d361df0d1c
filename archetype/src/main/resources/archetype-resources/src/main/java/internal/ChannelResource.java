package ${package}.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.ValidationException;

/**
 * The plug-in's own REST endpoint, {@code /api/v1/${artifactId}}: a JAX-RS resource in the platform's application
 * ({@code osgi.jaxrs.name=avtalsvakt}, base {@code /api/v1}), which logs the caller in, checks the role, reads and
 * writes JSON and answers errors as {@code application/problem+json}. It exists while the channel does.
 */
@Component(service = ChannelResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("${artifactId}")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelResource {

    /** What the endpoint answers: the channel and the lines it has sent since it started. */
    public record Status(String channel, long sent) {
    }

    /** The body of a test: who it is for, and an optional text. */
    public record TestMessage(String addressee, String text) {
    }

    private final RouteAlertChannel channel;

    @Activate
    public ChannelResource(@Reference RouteAlertChannel channel) {
        this.channel = channel;
    }

    /** {@code GET /api/v1/${artifactId}}: a GET needs the role viewer (or more) without any annotation. */
    @GET
    public Status status() {
        return new Status(channel.id(), channel.sent());
    }

    /**
     * {@code POST /api/v1/${artifactId}/test}: sends a test line through the route; administrators only. A body
     * that is not JSON answers 415, an unknown field or a missing addressee 400, all before or without sending.
     */
    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response test(TestMessage message, @Context SecurityContext security) {
        if (message.addressee() == null || message.addressee().isBlank()) {
            throw new ValidationException("addressee", "required: who the test message is for");
        }
        String text = message.text() == null || message.text().isBlank()
                ? "test message from " + security.getUserPrincipal().getName() : message.text();
        channel.send(message.addressee() + ": " + text);
        return Response.accepted(status()).build();
    }
}

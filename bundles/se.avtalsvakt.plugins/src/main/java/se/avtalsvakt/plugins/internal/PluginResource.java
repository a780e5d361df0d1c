package se.avtalsvakt.plugins.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.plugin.Plugin;
import se.avtalsvakt.api.plugin.PluginService;

/** {@code GET /api/v1/plugins} and {@code GET /api/v1/plugins/{symbolicName}}: the installed plug-ins. */
@Component(service = PluginResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    private final PluginService plugins;

    @Activate
    public PluginResource(@Reference PluginService plugins) {
        this.plugins = plugins;
    }

    @GET
    public List<Plugin> list() {
        return plugins.list();
    }

    @GET
    @Path("{name}")
    public Plugin get(@PathParam("name") String name) {
        return plugins.find(name).orElseThrow(() -> new NotFoundException("plug-in", name));
    }
}

package se.avtalsvakt.plugins.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.plugin.PluginService;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;

/** {@code GET /api/v1/plugins} and {@code GET /api/v1/plugins/{symbolicName}}: the installed plug-ins. */
@Component(service = RestResource.class)
public class PluginResource implements RestResource {

    private final PluginService plugins;

    @Activate
    public PluginResource(@Reference PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/v1/plugins", r -> RestResponse.ok(plugins.list())),
                Route.get("/v1/plugins/{name}", r -> RestResponse.ok(plugins.find(r.path("name"))
                        .orElseThrow(() -> new NotFoundException("plug-in", r.path("name"))))));
    }
}

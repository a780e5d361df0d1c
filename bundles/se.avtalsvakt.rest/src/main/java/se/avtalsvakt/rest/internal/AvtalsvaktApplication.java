package se.avtalsvakt.rest.internal;

import java.util.Set;

import javax.ws.rs.core.Application;

import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;

import se.avtalsvakt.api.json.Json;

/**
 * The platform's JAX-RS application at {@code /api/v1} on the OSGi JAX-RS Whiteboard. Every bundle adds its
 * resources to it with {@code @JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")}; the application gives
 * them all the same JSON (the platform's mapper), login (HTTP Basic against the Karaf JAAS realm), role check,
 * parameter conversion and problem details for errors.
 */
@Component(name = "se.avtalsvakt.rest", service = Application.class)
@JaxrsName(AvtalsvaktApplication.NAME)
@JaxrsApplicationBase("api/v1")
@Designate(ocd = RestConfig.class)
public class AvtalsvaktApplication extends Application {

    /** The application's name; resources select it with {@code (osgi.jaxrs.name=avtalsvakt)}. */
    public static final String NAME = "avtalsvakt";

    private volatile RestConfig config;
    private volatile BodyLimits limits;
    private final PathOwners owners;
    private final LoginFilter login;
    private final Set<Object> singletons;

    @Activate
    public AvtalsvaktApplication(BundleContext context, RestConfig config) {
        this.config = config;
        this.limits = BodyLimits.of(config);
        this.owners = new PathOwners(context);
        JacksonJsonProvider json = new JacksonJsonProvider(Json.mapper());
        json.disable(JaxRSFeature.ALLOW_EMPTY_INPUT);
        this.login = new LoginFilter(() -> this.config);
        this.singletons = Set.of(json, new BodyLimitFilter(() -> this.limits), login, new QueryNormalizer(),
                new PageLinks(), new RoleCheck(), new ParameterConverters(), new ProblemMapper(owners));
        owners.open();
    }

    @Modified
    void modified(RestConfig changed) {
        this.config = changed;
        this.limits = BodyLimits.of(changed);
        login.forget();
    }

    @Deactivate
    void deactivate() {
        owners.close();
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }
}

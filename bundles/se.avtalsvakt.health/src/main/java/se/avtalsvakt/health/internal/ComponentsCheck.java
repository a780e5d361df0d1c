package se.avtalsvakt.health.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * "Components satisfied": every enabled DS component of the platform's bundles ({@code se.avtalsvakt.*}) is
 * satisfied or active, and every immediate one active (until then it is starting: a reference-data loader loads
 * while it activates). A component that needs a configuration nobody gave it (an alert channel that is not
 * configured) is off by choice and not counted; one that waits for a service, or failed to activate, is named with
 * what it waits for. Unlike a fixed list of component names, this follows every bundle as it is.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=" + ComponentsCheck.NAME,
        HealthCheck.TAGS + "=avtalsvakt"})
public class ComponentsCheck implements HealthCheck {

    static final String NAME = "Components satisfied";
    static final String PLATFORM_PREFIX = "se.avtalsvakt.";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    @Activate
    public ComponentsCheck(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Override
    public Result execute() {
        Bundle[] platform = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(PLATFORM_PREFIX))
                .filter(b -> b.getState() == Bundle.ACTIVE)
                .toArray(Bundle[]::new);
        if (platform.length == 0) {
            return new Result(Result.Status.CRITICAL, "no platform bundle is active");
        }
        return evaluate(scr.getComponentDescriptionDTOs(platform), scr::getComponentConfigurationDTOs);
    }

    /**
     * @param descriptions   the components of the platform's bundles
     * @param configurations each component's configurations, as the DS runtime reports them
     */
    static Result evaluate(Collection<ComponentDescriptionDTO> descriptions,
            Function<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> configurations) {
        FormattingResultLog log = new FormattingResultLog();
        List<String> problems = new ArrayList<>();
        List<String> starting = new ArrayList<>();
        int satisfied = 0;
        int off = 0;
        for (ComponentDescriptionDTO d : descriptions) {
            if (!d.defaultEnabled) {
                continue;
            }
            Collection<ComponentConfigurationDTO> configs = configurations.apply(d);
            if (configs.isEmpty()) {
                if ("require".equals(d.configurationPolicy)) {
                    off++;
                } else {
                    problems.add(d.name + ": not started by the DS runtime");
                }
                continue;
            }
            for (ComponentConfigurationDTO c : configs) {
                switch (c.state) {
                    case ComponentConfigurationDTO.ACTIVE -> satisfied++;
                    // an immediate component is activated as soon as it is satisfied: until then it is starting
                    // (a reference-data loader loads in its activation)
                    case ComponentConfigurationDTO.SATISFIED -> {
                        if (d.immediate) {
                            starting.add(d.name + ": starting");
                        } else {
                            satisfied++;
                        }
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> off++;
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> problems.add(d.name + ": waits for "
                            + waitsFor(d, c.unsatisfiedReferences));
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> problems.add(d.name
                            + ": failed to activate (the log has the cause)");
                    default -> problems.add(d.name + ": in state " + c.state);
                }
            }
        }
        problems.sort(String::compareTo);
        for (String p : problems) {
            log.critical("{}", p);
        }
        starting.sort(String::compareTo);
        for (String p : starting) {
            log.temporarilyUnavailable("{}", p);
        }
        if (problems.isEmpty() && starting.isEmpty()) {
            log.info("{} components satisfied ({} not configured, so off)", satisfied, off);
        }
        return new Result(log);
    }

    /** @return e.g. {@code AgreementService, DataSource (osgi.jndi.service.name=avtalsvakt)} */
    private static String waitsFor(ComponentDescriptionDTO d, UnsatisfiedReferenceDTO[] references) {
        if (references == null || references.length == 0) {
            return "a service";
        }
        return Arrays.stream(references).map(r -> {
            String type = d.references == null ? r.name : Arrays.stream(d.references)
                    .filter(ref -> ref.name.equals(r.name)).map(ref -> simpleName(ref.interfaceName))
                    .findFirst().orElse(r.name);
            return r.target == null || r.target.isBlank() ? type : type + " " + r.target;
        }).collect(Collectors.joining(", "));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}

package se.avtalsvakt.health.internal;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.junit.Test;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/** "Components satisfied": every enabled component of the platform runs, except those left unconfigured. */
public class ComponentsCheckTest {

    private static ComponentDescriptionDTO component(String name, String policy, String... references) {
        ComponentDescriptionDTO d = new ComponentDescriptionDTO();
        d.name = name;
        d.defaultEnabled = true;
        d.configurationPolicy = policy;
        List<ReferenceDTO> refs = new ArrayList<>();
        for (String r : references) {
            ReferenceDTO ref = new ReferenceDTO();
            ref.name = r.substring(0, r.indexOf('='));
            ref.interfaceName = r.substring(r.indexOf('=') + 1);
            refs.add(ref);
        }
        d.references = refs.toArray(ReferenceDTO[]::new);
        return d;
    }

    private static ComponentConfigurationDTO state(int state, String... unsatisfied) {
        ComponentConfigurationDTO c = new ComponentConfigurationDTO();
        c.state = state;
        List<UnsatisfiedReferenceDTO> refs = new ArrayList<>();
        for (String u : unsatisfied) {
            UnsatisfiedReferenceDTO ref = new UnsatisfiedReferenceDTO();
            ref.name = u;
            refs.add(ref);
        }
        c.unsatisfiedReferences = refs.toArray(UnsatisfiedReferenceDTO[]::new);
        return c;
    }

    private static List<String> messages(Result result) {
        List<String> messages = new ArrayList<>();
        for (ResultLog.Entry e : result) {
            messages.add(e.getMessage());
        }
        return messages;
    }

    @Test
    public void satisfiedAndActiveComponentsAndUnconfiguredOnesAreOk() {
        ComponentDescriptionDTO register = component("agreement.register", "optional");
        ComponentDescriptionDTO job = component("agreement.renewaljob", "optional");
        ComponentDescriptionDTO mail = component("channel.mail", "require");
        Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> runtime = Map.of(
                register, List.of(state(ComponentConfigurationDTO.ACTIVE)),
                job, List.of(state(ComponentConfigurationDTO.SATISFIED)),
                mail, List.of());
        Result result = ComponentsCheck.evaluate(List.of(register, job, mail), runtime::get);
        assertEquals(Result.Status.OK, result.getStatus());
        assertEquals(List.of("2 components satisfied (1 not configured, so off)"), messages(result));
    }

    @Test
    public void aComponentWaitingForAServiceIsNamedWithTheServiceItWaitsFor() {
        ComponentDescriptionDTO resource = component("rest.AgreementResource", "optional",
                "agreements=se.avtalsvakt.api.agreement.AgreementService", "clock=se.avtalsvakt.api.PlatformClock");
        ComponentDescriptionDTO failed = component("supplier.routes", "optional");
        Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> runtime = Map.of(
                resource, List.of(state(ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "agreements")),
                failed, List.of(state(ComponentConfigurationDTO.FAILED_ACTIVATION)));
        Result result = ComponentsCheck.evaluate(List.of(resource, failed), runtime::get);
        assertEquals(Result.Status.CRITICAL, result.getStatus());
        assertEquals(List.of("rest.AgreementResource: waits for AgreementService",
                "supplier.routes: failed to activate (the log has the cause)"), messages(result));
    }

    @Test
    public void anImmediateComponentNotYetActiveIsStarting() {
        ComponentDescriptionDTO loader = component("agreement.referencedata", "optional");
        loader.immediate = true;
        Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> runtime = Map.of(
                loader, List.of(state(ComponentConfigurationDTO.SATISFIED)));
        Result result = ComponentsCheck.evaluate(List.of(loader), runtime::get);
        assertEquals(Result.Status.TEMPORARILY_UNAVAILABLE, result.getStatus());
        assertEquals(List.of("agreement.referencedata: starting"), messages(result));
    }

    @Test
    public void disabledComponentsAreNotCounted() {
        ComponentDescriptionDTO off = component("off", "optional");
        off.defaultEnabled = false;
        Result result = ComponentsCheck.evaluate(List.of(off), d -> List.of());
        assertEquals(Result.Status.OK, result.getStatus());
    }
}

package se.avtalsvakt.cases.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.Response;

import org.junit.Test;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.DisputeState;
import se.avtalsvakt.api.cases.EscalationLadder;
import se.avtalsvakt.api.cases.EscalationStep;
import se.avtalsvakt.api.cases.NewDispute;

/** The resources hand over to the service what the path and body say, and answer as the API describes. */
public class CasesResourcesTest {

    private final List<String> calls = new ArrayList<>();

    private final CaseService cases = (CaseService) Proxy.newProxyInstance(CaseService.class.getClassLoader(),
            new Class<?>[] {CaseService.class}, (proxy, method, args) -> {
                calls.add(method.getName() + (args == null ? "" : " " + java.util.Arrays.toString(args)));
                return switch (method.getName()) {
                    case "openDispute" -> new Dispute(7, "samarbetsavtal-hjalpmedel", List.of("vgr"), "x", null,
                            LocalDate.of(2026, 11, 22), "vgr", DisputeState.OPEN, 1, null, LocalDate.of(2026, 11, 22),
                            null, List.of(), List.of());
                    case "saveLadder" -> args[0];
                    case "ladder" -> java.util.Optional.empty();
                    default -> null;
                };
            });

    @Test
    public void aNewDisputeIsCreatedWithItsLocation() {
        Response r = new DisputeResource(cases).open(new NewDispute("samarbetsavtal-hjalpmedel", List.of("vgr"), "x",
                null, null, null), null);
        assertEquals(201, r.getStatus());
        assertEquals("/api/v1/disputes/7", r.getHeaderString("Location"));
    }

    @Test
    public void aNumberThatIsNotOneIsNotFound() {
        assertThrows(NotFoundException.class, () -> new DisputeResource(cases).dispute("abc"));
        assertThrows(NotFoundException.class, () -> new DisputeResource(cases).dispute("0"));
        assertThrows(NotFoundException.class, () -> new HandoverResource(cases).complete("1", "x", null, null));
        assertEquals(List.of(), calls);
    }

    @Test
    public void aLadderTakesItsAgreementFromThePath() {
        EscalationLadder saved = new LadderResource(cases).save("overenskommelse-skola", new EscalationLadder(null,
                List.of(new EscalationStep(0, "Lokal chefsnivå", null, 30, null))));
        assertEquals("overenskommelse-skola", saved.agreement());
        assertEquals("agreement", assertThrows(ValidationException.class, () -> new LadderResource(cases).save(
                "overenskommelse-skola", new EscalationLadder("annat", List.of()))).problems().get(0).path());
        assertThrows(NotFoundException.class, () -> new LadderResource(cases).ladder("utan"));
    }

    @Test
    public void theRulesOfResponsibilityNeedTheirAgreement() {
        assertEquals("agreement", assertThrows(ValidationException.class,
                () -> new ResponsibilityResource(cases).rules(null, null, null)).problems().get(0).path());
    }
}

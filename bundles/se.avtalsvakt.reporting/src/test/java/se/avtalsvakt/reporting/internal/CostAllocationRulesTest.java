package se.avtalsvakt.reporting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.report.CareProviderCost;
import se.avtalsvakt.api.report.CostAllocationRequest;

/** Only the agreement's care providers, in the cost model's main areas, share a surplus or deficit. */
public class CostAllocationRulesTest {

    public static ReportSettings settings(String agreement, String... mainAreas) {
        return new ReportSettings(new ReportingConfig() {
            public Class<? extends Annotation> annotationType() {
                return ReportingConfig.class;
            }

            public String[] netResults() {
                return new String[0];
            }

            public int calendarMonthsBack() {
                return 3;
            }

            public int calendarMonthsAhead() {
                return 24;
            }

            public String[] mainAreas() {
                return mainAreas;
            }

            public String costAllocationAgreement() {
                return agreement;
            }
        });
    }

    public static AgreementService agreements() {
        Agreement a = new Agreement("samarbetsavtal-hjalpmedel", "Samarbetsavtal", AgreementKind.values()[0], null,
                List.of(new Party("vgr", PartyRole.CARE_PROVIDER), new Party("lerum", PartyRole.CARE_PROVIDER),
                        new Party("boras", PartyRole.CARE_PROVIDER),
                        new Party("hjalpmedelscentralen", PartyRole.EXECUTOR)),
                null, LocalDate.of(2017, 10, 1), null, null, false, false, null, null, null, null);
        return Fakes.of(AgreementService.class, Map.of("find",
                args -> a.id().equals(args[0]) ? Optional.of(a) : Optional.empty()));
    }

    public static CostAllocationRules rules() {
        return new CostAllocationRules(settings("samarbetsavtal-hjalpmedel", "Rörelsehinder",
                "Kommunikation och information, Medicinsk behandling", " Övriga tjänster "), agreements());
    }

    private static CostAllocationRequest request(String area, String... careProviders) {
        return new CostAllocationRequest(2025, area, new BigDecimal("100.00"), java.util.Arrays.stream(careProviders)
                .map(c -> new CareProviderCost(c, BigDecimal.ONE)).toList());
    }

    @Test
    public void theFourMainAreasAreReadFromTheSetting() {
        assertEquals(List.of("Rörelsehinder", "Kommunikation och information", "Medicinsk behandling",
                "Övriga tjänster"), rules().mainAreas());
        assertTrue(rules().mainAreaProblem("Medicinsk behandling").isEmpty());
        assertTrue(rules().mainAreaProblem("Rullstolar").orElseThrow().contains("Rörelsehinder"));
    }

    @Test
    public void careProvidersAndMainAreasOutsideTheAgreementAreRefusedByName() {
        CostAllocator allocator = new CostAllocator(rules());
        assertEquals(3, allocator.allocate(request("Rörelsehinder", "vgr", "lerum", "boras")).allocations().size());
        try {
            allocator.allocate(request("Rullstolar", "lerum", "oslo", "hjalpmedelscentralen"));
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("mainArea", "costs[1].careProvider", "costs[2].careProvider"),
                    e.problems().stream().map(p -> p.path()).toList());
            assertTrue(e.getMessage(), e.problems().get(1).message().contains("'oslo' is not a care provider"));
            assertTrue(e.problems().get(0).message().contains("'Rullstolar'"));
        }
    }

    @Test
    public void anUnregisteredAgreementIsAnError() {
        try {
            new CostAllocationRules(settings("nytt-avtal"), agreements()).careProviders();
            fail();
        } catch (ValidationException e) {
            assertTrue(e.getMessage(), e.problems().get(0).message().contains("'nytt-avtal'"));
        }
    }

    @Test
    public void withoutTheAgreementModuleOrSettingsAnyoneAndAnyAreaIsAccepted() {
        CostAllocationRules none = new CostAllocationRules(settings("samarbetsavtal-hjalpmedel"), null);
        assertTrue(none.careProviders().problem("oslo").isEmpty());
        assertTrue(none.mainAreaProblem("Rullstolar").isEmpty());
        CostAllocationRules empty = new CostAllocationRules(settings(" "), agreements());
        assertTrue(empty.careProviders().problem("oslo").isEmpty());
    }
}
